import { adminCustomCakeRoutes } from "../../../handlers"

/** GET /admin/custom-cakes/:id/images/:image_id: a reference photo, from private storage. */
export const GET = adminCustomCakeRoutes.image
