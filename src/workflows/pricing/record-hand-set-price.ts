import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_PRICING_MODULE } from "../../modules/cake-pricing"
import type CakePricingModuleService from "../../modules/cake-pricing/service"
import { HAND_SET_WINDOW_MS, suggestionToFinalize, type LoggedSuggestion } from "./hand-set-price"
import { retrievePricedVariant, uzsPriceOf } from "./priced-variant"
import { recordFinalPriceStep } from "./steps/record-final-price"

const findHandSetSuggestionStep = createStep("find-hand-set-suggestion", async (input: { product_variant_id: string }, { container }) => {
  const variant = await retrievePricedVariant(container.resolve(ContainerRegistrationKeys.QUERY), input.product_variant_id)
  const now = new Date()
  // a row finalized before the window can still close newer ones, so finalized rows are read without the window
  const rows = (await container.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE).listPricePredictions(
    {
      product_variant_id: input.product_variant_id,
      $or: [{ created_at: { $gte: new Date(now.getTime() - HAND_SET_WINDOW_MS) } }, { finalized_at: { $ne: null } }],
    },
    { select: ["id", "created_at", "features", "predicted_price", "finalized_at", "variant_price_before"] }
  )) as LoggedSuggestion[]
  const suggestion = suggestionToFinalize(rows, { price: uzsPriceOf(variant), metadata: variant.metadata }, now)
  return new StepResponse(suggestion ? { id: suggestion.id, final_price: uzsPriceOf(variant) as number } : null)
})

/**
 * Staff saved a variant's price by hand (Medusa's own price editor) after asking for a suggestion: the log records
 * that price as the suggestion's final price. Run by the `product-variant.updated` subscriber.
 */
export const recordHandSetPriceWorkflow = createWorkflow("record-hand-set-price", (input: { product_variant_id: string }) => {
  const found = findHandSetSuggestionStep(input)
  const recorded = when({ found }, ({ found }) => found !== null).then(() =>
    recordFinalPriceStep(transform({ found }, ({ found }) => found as { id: string; final_price: number }))
  )
  return new WorkflowResponse(transform({ recorded }, ({ recorded }) => recorded ?? null))
})
