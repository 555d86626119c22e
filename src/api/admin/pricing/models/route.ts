import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CAKE_PRICING_MODULE } from "../../../../modules/cake-pricing"
import type CakePricingModuleService from "../../../../modules/cake-pricing/service"
import type { AdminListModelVersionsQueryType } from "../validators"
import { MODEL_VERSION_FIELDS, modelVersionView } from "./view"

/** GET /admin/pricing/models: every trained version, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListModelVersionsQueryType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  const [versions, count] = await req.scope
    .resolve<CakePricingModuleService>(CAKE_PRICING_MODULE)
    .listAndCountPricingModelVersions({}, { select: [...MODEL_VERSION_FIELDS], take: limit, skip: offset, order: { trained_at: "DESC" } })
  res.json({ model_versions: versions.map(modelVersionView), count, limit, offset })
}
