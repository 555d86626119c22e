import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createBakeryWorkflow } from "../../../workflows/bakery/create-bakery"
import { refetchBakery, withProductCounts } from "./helpers"
import { ADMIN_BAKERY_DETAIL_FIELDS } from "./query-config"
import type { AdminCreateBakeryType, AdminListBakeriesQueryType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListBakeriesQueryType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({ entity: "bakery", ...req.queryConfig, filters: req.filterableFields })
  const { offset, limit } = req.validatedQuery
  res.json({ bakeries: await withProductCounts(req.scope, data), count: metadata?.count ?? 0, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBakeryType>, res: MedusaResponse) => {
  const { result } = await createBakeryWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ bakery: await refetchBakery(req.scope, result.id, ADMIN_BAKERY_DETAIL_FIELDS) })
}
