import { staffCustomCakeRoutes } from "../../shared/custom-cake-staff-routes"
import { getBakerContext } from "../helpers/baker-context"

/** A baker acts on their own bakery's requests only; others' answer 404. */
export const bakerCustomCakeRoutes = staffCustomCakeRoutes(async (req) => {
  const { baker_id, bakery_id } = await getBakerContext(req)
  return { actor: { type: "baker", id: baker_id }, scope: { bakery_id }, audience: "baker" }
})
