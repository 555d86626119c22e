import { bakerCustomCakeRoutes } from "../handlers"

/** GET /baker/custom-cakes/:id: one request with its prediction, decision, links and history. */
export const GET = bakerCustomCakeRoutes.retrieve
