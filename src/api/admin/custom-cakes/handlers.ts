import { staffCustomCakeRoutes } from "../../shared/custom-cake-staff-routes"

/** Staff act on every request, as themselves. */
export const adminCustomCakeRoutes = staffCustomCakeRoutes((req) => ({
  actor: { type: "user", id: req.auth_context.actor_id },
  scope: {},
  audience: "admin",
}))
