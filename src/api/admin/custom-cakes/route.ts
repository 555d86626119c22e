import { adminCustomCakeRoutes } from "./handlers"

/** GET /admin/custom-cakes: the review queue (filters status, bakery_id, wanted_from/to, q), newest first. */
export const GET = adminCustomCakeRoutes.list
