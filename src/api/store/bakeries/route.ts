import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listStoreBakeries } from "./helpers"
import type { StoreListBakeriesQueryType } from "./validators"

export const GET = async (req: MedusaStoreRequest<unknown, StoreListBakeriesQueryType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  const { bakeries, count } = await listStoreBakeries(req.scope.resolve(ContainerRegistrationKeys.QUERY), req.validatedQuery, new Date())
  res.json({ bakeries, count, offset, limit })
}
