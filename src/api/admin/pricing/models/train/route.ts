import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CAKE_PRICING_MODULE } from "../../../../../modules/cake-pricing"
import type CakePricingModuleService from "../../../../../modules/cake-pricing/service"
import { trainPricingModelWorkflow } from "../../../../../workflows/pricing/train-pricing-model"
import { MODEL_VERSION_FIELDS, modelVersionView } from "../view"

/** POST /admin/pricing/models/train: "retrain now", the same workflow as the weekly job. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await trainPricingModelWorkflow(req.scope).run({ input: {} })
  const version = await req.scope
    .resolve<CakePricingModuleService>(CAKE_PRICING_MODULE)
    .retrievePricingModelVersion(result.id, { select: [...MODEL_VERSION_FIELDS] })
  res.json({ model_version: modelVersionView(version), promoted: result.promote, decision: result.decision })
}
