import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markClickReversedStep } from "./steps/mark-click-reversed"

/** Runs on payment.refunded: a Click payment refunded in Medusa shows as reversed among the order's transactions. */
export const markClickPaymentReversedWorkflow = createWorkflow("mark-click-payment-reversed", (input: { payment_id: string }) => {
  return new WorkflowResponse(markClickReversedStep(input))
})
