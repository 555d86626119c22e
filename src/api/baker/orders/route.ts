import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getBakerContext } from "../helpers/baker-context"
import { idsLinkedToBakery } from "../helpers/linked-ids"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { bakery_id } = await getBakerContext(req)
  const { skip, take } = req.queryConfig.pagination
  const ids = await idsLinkedToBakery(req.scope, "order", bakery_id)
  if (!ids.length) {
    res.json({ orders: [], count: 0, offset: skip, limit: take })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "order",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, id: ids },
    pagination: req.queryConfig.pagination,
  })
  res.json({ orders: data, count: metadata?.count ?? 0, offset: skip, limit: take })
}
