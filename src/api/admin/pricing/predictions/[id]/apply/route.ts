import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyPredictedPriceWorkflow } from "../../../../../../workflows/pricing/apply-predicted-price"
import type { AdminApplyPredictionType } from "../../../validators"

/** POST /admin/pricing/predictions/:id/apply: the variant takes the suggested (or given) UZS price; the log records it. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminApplyPredictionType>, res: MedusaResponse) => {
  const { result } = await applyPredictedPriceWorkflow(req.scope).run({ input: { id: req.params.id, price: req.validatedBody.price } })
  const { id, predicted_price, final_price, difference, product_variant_id } = result
  res.json({ prediction: { id, predicted_price, final_price, difference, product_variant_id } })
}
