import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { assertOwnedByBakery, type BakerOwnedEntity } from "../../../workflows/baker/owning-bakery"
import { getBakerContext } from "./baker-context"

/** Guards `/:id` routes: another bakery's product or order answers 404, exactly like a missing one. */
export function requireOwn(entity: BakerOwnedEntity) {
  return async (req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const { bakery_id } = await getBakerContext(req)
    await assertOwnedByBakery(req.scope, entity, req.params.id, bakery_id)
    next()
  }
}
