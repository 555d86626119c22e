import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_SESSION_LOCK, gatewaySessionLockKey } from "../gateway-lock"
import { createPaymeTransactionStep, type CreatePaymeTransactionInput } from "./steps/create-payme-transaction"

/** CreateTransaction: reserves the session for one Payme transaction (see the step for the rules). */
export const createPaymeTransactionWorkflow = createWorkflow("create-payme-transaction", (input: CreatePaymeTransactionInput) => {
  const lockKey = transform({ input }, ({ input }) => gatewaySessionLockKey(input.payment_session_id))
  acquireLockStep({ key: lockKey, ...GATEWAY_SESSION_LOCK })
  const outcome = createPaymeTransactionStep(input)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(outcome)
})
