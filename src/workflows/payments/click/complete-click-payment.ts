import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { confirmGatewayPaymentWorkflow } from "../confirm-gateway-payment"
import { GATEWAY_SESSION_LOCK, gatewaySessionLockKey } from "../gateway-lock"
import { cancelPaymentSessionStep } from "../steps/cancel-payment-session"
import { decideClickCompleteStep, type DecideClickCompleteInput } from "./steps/decide-click-complete"
import { loadClickAttemptStep } from "./steps/load-click-attempt"
import { setClickStatusStep } from "./steps/set-click-status"

export type CompleteClickPaymentInput = DecideClickCompleteInput & { payment_session_id: string }

/**
 * Click Complete: with error 0 Click has debited the payer, so Medusa takes the payment (session captured, cart
 * completed) and the attempt is marked completed; a failed payment cancels the attempt and its session. When Medusa
 * refuses, the workflow fails with the attempt still waiting and the route reverses the payment at Click.
 */
export const completeClickPaymentWorkflow = createWorkflow("complete-click-payment", (input: CompleteClickPaymentInput) => {
  const loaded = loadClickAttemptStep(input)
  const lockKey = transform({ loaded }, ({ loaded }) => gatewaySessionLockKey(loaded.payment_session_id))
  acquireLockStep({ key: lockKey, ...GATEWAY_SESSION_LOCK })

  const decision = decideClickCompleteStep(input)
  when("cancel-failed-click-session", { decision }, ({ decision }) => decision.cancel_session).then(() => {
    cancelPaymentSessionStep({ payment_session_id: decision.transaction.payment_session_id })
  })
  const completed = when("confirm-click-payment", { decision }, ({ decision }) => decision.confirm).then(() => {
    const confirmation = transform({ decision }, ({ decision }) => ({
      payment_session_id: decision.transaction.payment_session_id,
      gateway: "click" as const,
      // Click's Merchant API addresses a payment by click_paydoc_id (its payment_id), which reversals need.
      transaction_id: decision.transaction.click_paydoc_id,
      amount_tiyin: String(decision.transaction.amount_tiyin),
    }))
    confirmGatewayPaymentWorkflow.runAsStep({ input: confirmation })
    return setClickStatusStep(transform({ decision }, ({ decision }) => ({ id: decision.transaction.id, status: "COMPLETED" as const })))
  })
  releaseLockStep({ key: lockKey })

  return new WorkflowResponse(
    transform({ decision, completed }, ({ decision, completed }) => ({ verdict: decision.verdict, transaction: completed ?? decision.transaction }))
  )
})
