import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListBakerApplicationsQueryType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListBakerApplicationsQueryType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({ entity: "baker_application", ...req.queryConfig, filters: req.filterableFields })
  const { offset, limit } = req.validatedQuery
  res.json({ baker_applications: data, count: metadata?.count ?? 0, offset, limit })
}
