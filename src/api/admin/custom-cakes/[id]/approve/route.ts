import { adminCustomCakeRoutes } from "../../handlers"

/** POST /admin/custom-cakes/:id/approve: staff accept at a final price: a cart, payment links, the customer told. */
export const POST = adminCustomCakeRoutes.approve
