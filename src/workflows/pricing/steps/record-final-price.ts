import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_PRICING_MODULE } from "../../../modules/cake-pricing"
import { PricingErrorCodes } from "../../../modules/cake-pricing/domain"
import type CakePricingModuleService from "../../../modules/cake-pricing/service"

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE)

/** The suggestion to apply: it must have been asked for a product variant. */
export const loadApplicablePredictionStep = createStep("load-applicable-prediction", async (input: { id: string }, { container }) => {
  const prediction = await service(container).retrievePricePrediction(input.id)
  if (!prediction.product_variant_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This suggestion was not made for a product variant; ask again with product_variant_id to apply it",
      PricingErrorCodes.PREDICTION_NOT_APPLICABLE
    )
  }
  return new StepResponse({ id: prediction.id, predicted_price: prediction.predicted_price, product_variant_id: prediction.product_variant_id })
})

/** The price staff finally set, beside the suggestion: what accuracy reports and retraining read. */
export const recordFinalPriceStep = createStep(
  "record-final-price",
  async (input: { id: string; final_price: number }, { container }) => {
    const pricing = service(container)
    const previous = await pricing.retrievePricePrediction(input.id)
    const updated = await pricing.updatePricePredictions({
      id: input.id,
      final_price: input.final_price,
      difference: input.final_price - previous.predicted_price,
      finalized_at: new Date(),
    })
    const { final_price, difference, finalized_at } = previous
    return new StepResponse(updated, { id: input.id, final_price, difference, finalized_at })
  },
  async (previous, { container }) => {
    if (previous) await service(container).updatePricePredictions(previous)
  }
)
