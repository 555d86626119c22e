import { adminCustomCakeRoutes } from "../../handlers"

/** POST /admin/custom-cakes/:id/reject: staff decline with a reason the customer is told. */
export const POST = adminCustomCakeRoutes.reject
