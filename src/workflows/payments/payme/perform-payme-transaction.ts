import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { confirmGatewayPaymentWorkflow } from "../confirm-gateway-payment"
import { GATEWAY_SESSION_LOCK, gatewaySessionLockKey } from "../gateway-lock"
import { PaymeState } from "./payme-rules"
import { decidePaymePerformStep } from "./steps/decide-payme-perform"
import { loadPaymeTransactionStep } from "./steps/load-payme-transaction"
import { setPaymeStateStep } from "./steps/set-payme-state"

/**
 * PerformTransaction: Medusa takes the payment first (session captured, cart completed into an order) and only then
 * is the transaction marked performed, so state 2 always means a paid order. When Medusa refuses, the workflow
 * fails with state 1 kept; the route then cancels the transaction (reason 3) so Payme does not debit the payer.
 */
export const performPaymeTransactionWorkflow = createWorkflow("perform-payme-transaction", (input: { payme_id: string }) => {
  const loaded = loadPaymeTransactionStep(input)
  const lockKey = transform({ loaded }, ({ loaded }) => gatewaySessionLockKey(loaded.payment_session_id))
  acquireLockStep({ key: lockKey, ...GATEWAY_SESSION_LOCK })

  const decision = decidePaymePerformStep(input)
  const performed = when("perform-created-transaction", { decision }, ({ decision }) => decision.perform).then(() => {
    const confirmation = transform({ decision }, ({ decision }) => ({
      payment_session_id: decision.transaction.payment_session_id,
      gateway: "payme" as const,
      transaction_id: decision.transaction.payme_id,
      amount_tiyin: String(decision.transaction.amount_tiyin),
    }))
    confirmGatewayPaymentWorkflow.runAsStep({ input: confirmation })
    const next = transform({ decision }, ({ decision }) => ({ id: decision.transaction.id, state: PaymeState.PERFORMED }))
    return setPaymeStateStep(next)
  })
  releaseLockStep({ key: lockKey })

  const result = transform({ decision, performed }, ({ decision, performed }) => ({
    transaction: performed ?? decision.transaction,
    refused: decision.refused,
  }))
  return new WorkflowResponse(result)
})
