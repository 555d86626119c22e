import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type BakerContext = { baker_id: string; bakery_id: string; bakery_status: "active" | "suspended" }

// Memoised per request: the ownership guard and the route handler both need it.
const contexts = new WeakMap<AuthenticatedMedusaRequest, Promise<BakerContext>>()

async function loadBakerContext(req: AuthenticatedMedusaRequest): Promise<BakerContext> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "baker",
    fields: ["id", "bakery.id", "bakery.status"],
    filters: { id: req.auth_context.actor_id },
  })
  const baker = data[0] as { id: string; bakery?: { id: string; status: BakerContext["bakery_status"] } } | undefined
  if (!baker?.bakery) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "This baker account no longer exists; ask your bakery's owner or the Dasturxon staff for a new invite."
    )
  }
  return { baker_id: baker.id, bakery_id: baker.bakery.id, bakery_status: baker.bakery.status }
}

/** The logged-in baker and their bakery, from the `baker` actor id of the token or session. */
export function getBakerContext(req: AuthenticatedMedusaRequest): Promise<BakerContext> {
  let context = contexts.get(req)
  if (!context) {
    context = loadBakerContext(req)
    contexts.set(req, context)
  }
  return context
}
