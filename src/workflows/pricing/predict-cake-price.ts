import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { priceAndLogStep, type PriceAndLogInput } from "./steps/price-and-log"

/**
 * A price suggestion per size with servings, from the active model or, until one beats it, the cost-plus baseline.
 * The admin, the custom-cake flow and the variant widget all ask through this workflow.
 */
export const predictCakePriceWorkflow = createWorkflow("predict-cake-price", (input: PriceAndLogInput) => {
  return new WorkflowResponse(priceAndLogStep(input))
})
