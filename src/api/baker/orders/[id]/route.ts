import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BAKER_ORDER_FIELDS } from "../query-config"

// Ownership is checked before this runs (requireOwn in ../../middlewares.ts).
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: BAKER_ORDER_FIELDS, filters: { id: req.params.id } })
  res.json({ order: data[0] })
}
