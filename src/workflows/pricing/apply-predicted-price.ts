import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadApplicablePredictionStep, recordFinalPriceStep } from "./steps/record-final-price"
import { variantPricesWithUzsStep } from "./steps/variant-uzs-prices"

export type ApplyPredictedPriceInput = { id: string; price?: number }

/** "Apply" on a suggestion: the variant gets the price (the suggested one unless staff typed another), and the log records it. */
export const applyPredictedPriceWorkflow = createWorkflow("apply-predicted-price", (input: ApplyPredictedPriceInput) => {
  const prediction = loadApplicablePredictionStep({ id: input.id })
  const amount = transform({ input, prediction }, ({ input, prediction }) => input.price ?? prediction.predicted_price)
  const prices = variantPricesWithUzsStep(
    transform({ prediction, amount }, ({ prediction, amount }) => ({ product_variant_id: prediction.product_variant_id, amount }))
  )
  updateProductVariantsWorkflow.runAsStep({
    input: transform({ prediction, prices }, ({ prediction, prices }) => ({ selector: { id: prediction.product_variant_id }, update: { prices } })),
  })
  const recorded = recordFinalPriceStep(transform({ input, amount }, ({ input, amount }) => ({ id: input.id, final_price: amount })))
  return new WorkflowResponse(recorded)
})
