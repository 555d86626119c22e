import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attachRefundMarkerStep } from "./steps/attach-refund-marker"
import type { GatewayMarkerInput } from "./gateway-marker"

/** The gateway returned a confirmed payment to the payer: the whole payment is recorded as refunded on its order. */
export const recordGatewayRefundWorkflow = createWorkflow("record-gateway-refund", (input: GatewayMarkerInput) => {
  const target = attachRefundMarkerStep(input)
  const refund = transform({ target, input }, ({ target, input }) => ({
    payment_id: target.payment_id,
    amount: target.amount,
    note: `Refunded by ${input.gateway} (transaction ${input.transaction_id})`,
  }))
  refundPaymentWorkflow.runAsStep({ input: refund })
  return new WorkflowResponse(target)
})
