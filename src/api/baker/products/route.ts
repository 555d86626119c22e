import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createBakerProductWorkflow } from "../../../workflows/baker/create-baker-product"
import { getBakerContext } from "../helpers/baker-context"
import { idsLinkedToBakery } from "../helpers/linked-ids"
import { refetchBakerProduct } from "./refetch-product"
import type { CreateBakerProductBody } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { bakery_id } = await getBakerContext(req)
  const { skip, take } = req.queryConfig.pagination
  const ids = await idsLinkedToBakery(req.scope, "product", bakery_id)
  if (!ids.length) {
    res.json({ products: [], count: 0, offset: skip, limit: take })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, id: ids },
    pagination: req.queryConfig.pagination,
  })
  res.json({ products: data, count: metadata?.count ?? 0, offset: skip, limit: take })
}

export async function POST(req: AuthenticatedMedusaRequest<CreateBakerProductBody>, res: MedusaResponse) {
  const { bakery_id } = await getBakerContext(req)
  const { result } = await createBakerProductWorkflow(req.scope).run({
    input: { bakery_id, product: req.validatedBody },
  })
  res.status(201).json({ product: await refetchBakerProduct(req.scope, result.id) })
}
