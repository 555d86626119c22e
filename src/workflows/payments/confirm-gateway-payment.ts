import {
  addOrderTransactionStep,
  authorizePaymentSessionStep,
  completeCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { GatewayMarkerInput } from "./gateway-marker"
import { attachGatewayConfirmationStep } from "./steps/attach-gateway-confirmation"
import { findPaymentOwnerStep } from "./steps/find-payment-owner"

/**
 * The gateway has taken the money for a session: the session is authorized and captured, and its cart becomes an
 * order (Medusa's completeCartWorkflow, which is idempotent for an already completed cart). A session of an existing
 * order's payment collection (a custom cake, a deposit) is authorized and recorded on that order. When Medusa refuses
 * (stock gone, cart changed), every step is undone and the caller tells the gateway not to take the money.
 */
export const confirmGatewayPaymentWorkflow = createWorkflow(
  "confirm-gateway-payment",
  (input: GatewayMarkerInput) => {
    attachGatewayConfirmationStep(input)
    const owner = findPaymentOwnerStep({ payment_session_id: input.payment_session_id })

    const completed = when("complete-paid-cart", { owner }, ({ owner }) => !!owner.cart_id).then(() => {
      const cart = transform({ owner }, ({ owner }) => ({ id: owner.cart_id! }))
      return completeCartWorkflow.runAsStep({ input: cart })
    })

    const payment = when("authorize-order-payment", { owner }, ({ owner }) => !owner.cart_id).then(() =>
      authorizePaymentSessionStep({ id: input.payment_session_id, context: {} })
    )
    when("record-order-capture", { owner, payment }, ({ owner, payment }) => !!owner.order_id && !!payment).then(() => {
      const transactions = transform({ owner, payment }, ({ owner, payment }) =>
        (payment!.captures ?? []).map((capture) => ({
          order_id: owner.order_id!,
          amount: capture.raw_amount ?? capture.amount,
          currency_code: payment!.currency_code,
          reference: "capture",
          reference_id: capture.id,
        }))
      )
      addOrderTransactionStep(transactions)
    })

    const orderId = transform({ owner, completed }, ({ owner, completed }) => completed?.id ?? owner.order_id)
    return new WorkflowResponse({ order_id: orderId })
  }
)
