import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_SESSION_LOCK, gatewaySessionLockKey } from "../gateway-lock"
import { prepareClickTransactionStep, type PrepareClickTransactionInput } from "./steps/prepare-click-transaction"

/** Click Prepare: reserves the session for one Click attempt (see the step for the rules). */
export const prepareClickPaymentWorkflow = createWorkflow("prepare-click-payment", (input: PrepareClickTransactionInput) => {
  const lockKey = transform({ input }, ({ input }) => gatewaySessionLockKey(input.payment_session_id))
  acquireLockStep({ key: lockKey, ...GATEWAY_SESSION_LOCK })
  const outcome = prepareClickTransactionStep(input)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(outcome)
})
