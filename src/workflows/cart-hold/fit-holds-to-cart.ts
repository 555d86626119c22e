import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { fitHoldsToCartStep } from "./steps/fit-holds-to-cart"

/**
 * Gives back what a cart no longer wants: after a line is deleted (Medusa's deleteLineItemsWorkflow has no hook;
 * its cart.updated event brings us here) or when a change that took a hold fails later in Medusa's workflow.
 */
export const fitHoldsToCartWorkflow = createWorkflow("fit-holds-to-cart", (input: { cart_id: string }) => {
  return new WorkflowResponse(fitHoldsToCartStep(input))
})
