import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_SESSION_LOCK, gatewaySessionLockKey } from "../gateway-lock"
import { recordGatewayRefundWorkflow } from "../record-gateway-refund"
import { cancelPaymentSessionStep } from "../steps/cancel-payment-session"
import { PaymeState } from "./payme-rules"
import { decidePaymeCancelStep } from "./steps/decide-payme-cancel"
import { loadPaymeTransactionStep } from "./steps/load-payme-transaction"
import { setPaymeStateStep } from "./steps/set-payme-state"

export type CancelPaymeTransactionInput = { payme_id: string; reason: number }

/**
 * CancelTransaction: before perform the session is
 * cancelled; after perform the payment is recorded as refunded on its order. Repeats answer the stored cancellation.
 */
export const cancelPaymeTransactionWorkflow = createWorkflow("cancel-payme-transaction", (input: CancelPaymeTransactionInput) => {
  const loaded = loadPaymeTransactionStep(input)
  const lockKey = transform({ loaded }, ({ loaded }) => gatewaySessionLockKey(loaded.payment_session_id))
  acquireLockStep({ key: lockKey, ...GATEWAY_SESSION_LOCK })

  const decision = decidePaymeCancelStep(input)
  when("cancel-unpaid-session", { decision }, ({ decision }) => decision.next_state === PaymeState.CANCELLED).then(() => {
    cancelPaymentSessionStep({ payment_session_id: decision.transaction.payment_session_id })
  })
  when("refund-performed-payment", { decision }, ({ decision }) => decision.next_state === PaymeState.CANCELLED_AFTER_PERFORM).then(() => {
    const refund = transform({ decision }, ({ decision }) => ({
      payment_session_id: decision.transaction.payment_session_id,
      gateway: "payme" as const,
      transaction_id: decision.transaction.payme_id,
      amount_tiyin: String(decision.transaction.amount_tiyin),
    }))
    recordGatewayRefundWorkflow.runAsStep({ input: refund })
  })
  const cancelled = when("stamp-cancellation", { decision }, ({ decision }) => decision.next_state !== null).then(() => {
    const next = transform({ decision, input }, ({ decision, input }) => ({
      id: decision.transaction.id,
      state: decision.next_state!,
      reason: input.reason,
    }))
    return setPaymeStateStep(next)
  })
  releaseLockStep({ key: lockKey })

  return new WorkflowResponse(transform({ decision, cancelled }, ({ decision, cancelled }) => cancelled ?? decision.transaction))
})
