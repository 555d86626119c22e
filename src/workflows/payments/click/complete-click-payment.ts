import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_SESSION_LOCK, gatewaySessionLockKey } from "../gateway-lock"
import { cancelPaymentSessionStep } from "../steps/cancel-payment-session"
import { takeGatewayPaymentStep } from "../steps/take-gateway-payment"
import { decideClickCompleteStep, type DecideClickCompleteInput } from "./steps/decide-click-complete"
import { loadClickAttemptStep } from "./steps/load-click-attempt"
import { reverseRefusedClickPaymentWorkflow } from "./reverse-refused-click-payment"
import { setClickStatusStep } from "./steps/set-click-status"

export type CompleteClickPaymentInput = DecideClickCompleteInput & { payment_session_id: string }

/**
 * Click Complete: with error 0 Click has debited the payer, so Medusa takes the payment (session captured, cart
 * completed) and the attempt is marked completed; a failed payment cancels the attempt and its session. When Medusa
 * refuses for good, Click still gets success (it allows no error here) and the payment is reversed at Click.
 */
export const completeClickPaymentWorkflow = createWorkflow("complete-click-payment", (input: CompleteClickPaymentInput) => {
  const loaded = loadClickAttemptStep(input)
  const lockKey = transform({ loaded }, ({ loaded }) => gatewaySessionLockKey(loaded.payment_session_id))
  acquireLockStep({ key: lockKey, ...GATEWAY_SESSION_LOCK })

  const decision = decideClickCompleteStep(input)
  when("cancel-failed-click-session", { decision }, ({ decision }) => decision.cancel_session).then(() => {
    cancelPaymentSessionStep({ payment_session_id: decision.transaction.payment_session_id })
  })
  const payment = when("take-click-payment", { decision }, ({ decision }) => decision.confirm).then(() =>
    takeGatewayPaymentStep(
      transform({ decision }, ({ decision }) => ({
        payment_session_id: decision.transaction.payment_session_id,
        gateway: "click" as const,
        // Click's Merchant API addresses a payment by click_paydoc_id (its payment_id), which reversals need.
        transaction_id: decision.transaction.click_paydoc_id,
        amount_tiyin: String(decision.transaction.amount_tiyin),
      }))
    )
  )
  const completed = when("mark-click-completed", { payment }, ({ payment }) => !!payment?.taken).then(() =>
    setClickStatusStep(transform({ decision }, ({ decision }) => ({ id: decision.transaction.id, status: "COMPLETED" as const })))
  )
  const reversed = when("reverse-refused-click-payment", { payment }, ({ payment }) => !!payment && !payment.taken).then(() =>
    reverseRefusedClickPaymentWorkflow.runAsStep({
      input: transform({ decision, payment }, ({ decision, payment }) => ({
        id: decision.transaction.id,
        click_paydoc_id: decision.transaction.click_paydoc_id,
        failure: payment!.failure!,
      })),
    })
  )
  releaseLockStep({ key: lockKey })

  return new WorkflowResponse(
    transform({ decision, completed, reversed }, ({ decision, completed, reversed }) => ({
      verdict: decision.verdict,
      transaction: completed ?? reversed ?? decision.transaction,
    }))
  )
})
