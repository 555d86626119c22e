import { bakerCustomCakeRoutes } from "../../handlers"

/** POST /baker/custom-cakes/:id/approve: staff accept at a final price: a cart, payment links, the customer told. */
export const POST = bakerCustomCakeRoutes.approve
