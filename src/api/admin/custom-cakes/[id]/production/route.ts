import { adminCustomCakeRoutes } from "../../handlers"

/** POST /admin/custom-cakes/:id/production: a paid cake moves on: IN_PRODUCTION, READY, COMPLETED. */
export const POST = adminCustomCakeRoutes.production
