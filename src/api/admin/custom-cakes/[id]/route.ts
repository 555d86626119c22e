import { adminCustomCakeRoutes } from "../handlers"

/** GET /admin/custom-cakes/:id: one request with its prediction, decision, links and history. */
export const GET = adminCustomCakeRoutes.retrieve
