import { bakerCustomCakeRoutes } from "./handlers"

/** GET /baker/custom-cakes: the review queue (filters status, bakery_id, wanted_from/to, q), newest first. */
export const GET = bakerCustomCakeRoutes.list
