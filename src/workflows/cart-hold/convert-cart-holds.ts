import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { convertCartHoldsStep } from "./steps/convert-cart-holds"

/** Run when a cart has become an order: its holds are the order's now, and the expiry job leaves them alone. */
export const convertCartHoldsWorkflow = createWorkflow("convert-cart-holds", (input: { cart_id: string; order_id: string }) => {
  return new WorkflowResponse(convertCartHoldsStep(input))
})
