import { bakerCustomCakeRoutes } from "../../../handlers"

/** GET /baker/custom-cakes/:id/images/:image_id: a reference photo, from private storage. */
export const GET = bakerCustomCakeRoutes.image
