import { bakerCustomCakeRoutes } from "../../handlers"

/** POST /baker/custom-cakes/:id/production: a paid cake moves on: IN_PRODUCTION, READY, COMPLETED. */
export const POST = bakerCustomCakeRoutes.production
