import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_SESSION_LOCK, gatewaySessionLockKey } from "../gateway-lock"
import { cancelPaymentSessionStep } from "../steps/cancel-payment-session"
import { takeGatewayPaymentStep } from "../steps/take-gateway-payment"
import { PaymeReason, PaymeState } from "./payme-rules"
import { decidePaymePerformStep } from "./steps/decide-payme-perform"
import { loadPaymeTransactionStep } from "./steps/load-payme-transaction"
import { setPaymeStateStep } from "./steps/set-payme-state"

/**
 * PerformTransaction: Medusa takes the payment first (session captured, cart completed into an order) and only then
 * is the transaction marked performed, so state 2 always means a paid order. When Medusa refuses for good, the
 * transaction is cancelled with reason 3 and its session too, and Payme is refused, so it does not debit the payer.
 */
export const performPaymeTransactionWorkflow = createWorkflow("perform-payme-transaction", (input: { payme_id: string }) => {
  const loaded = loadPaymeTransactionStep(input)
  const lockKey = transform({ loaded }, ({ loaded }) => gatewaySessionLockKey(loaded.payment_session_id))
  acquireLockStep({ key: lockKey, ...GATEWAY_SESSION_LOCK })

  const decision = decidePaymePerformStep(input)
  const payment = when("take-payme-payment", { decision }, ({ decision }) => decision.perform).then(() =>
    takeGatewayPaymentStep(
      transform({ decision }, ({ decision }) => ({
        payment_session_id: decision.transaction.payment_session_id,
        gateway: "payme" as const,
        transaction_id: decision.transaction.payme_id,
        amount_tiyin: String(decision.transaction.amount_tiyin),
      }))
    )
  )
  const performed = when("mark-payme-performed", { payment }, ({ payment }) => !!payment?.taken).then(() =>
    setPaymeStateStep(transform({ decision }, ({ decision }) => ({ id: decision.transaction.id, state: PaymeState.PERFORMED })))
  )
  const refused = when("cancel-refused-payme-transaction", { payment }, ({ payment }) => !!payment && !payment.taken).then(() => {
    cancelPaymentSessionStep({ payment_session_id: decision.transaction.payment_session_id })
    return setPaymeStateStep(
      transform({ decision, payment }, ({ decision, payment }) => ({
        id: decision.transaction.id,
        state: PaymeState.CANCELLED,
        reason: PaymeReason.EXECUTION_FAILED,
        failure: payment!.failure,
      }))
    ).config({ name: "set-payme-refused" })
  })
  releaseLockStep({ key: lockKey })

  const result = transform({ decision, performed, refused }, ({ decision, performed, refused }) => ({
    transaction: performed ?? refused ?? decision.transaction,
    refused: decision.refused || !!refused,
  }))
  return new WorkflowResponse(result)
})
