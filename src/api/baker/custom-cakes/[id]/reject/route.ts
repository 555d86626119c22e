import { bakerCustomCakeRoutes } from "../../handlers"

/** POST /baker/custom-cakes/:id/reject: staff decline with a reason the customer is told. */
export const POST = bakerCustomCakeRoutes.reject
