import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_MODULE } from "../../../../modules/gateway"
import type GatewayModuleService from "../../../../modules/gateway/service"
import { isExpired, PaymeReason, PaymeState, type PaymeTransactionRow } from "../payme-rules"
import { findPaymeTransaction } from "./load-payme-transaction"

export type PaymePerformDecision = { transaction: PaymeTransactionRow; perform: boolean; refused: boolean }

/**
 * Read under the lock: state 1 within 12 hours is performed, state 2 answers its stored perform_time, anything else
 * is refused; an expired state 1 is first cancelled with reason 4 (that change stays, whatever happens next).
 */
export const decidePaymePerformStep = createStep("decide-payme-perform", async (input: { payme_id: string }, { container }) => {
  const gateway = container.resolve<GatewayModuleService>(GATEWAY_MODULE)
  const transaction = (await findPaymeTransaction(gateway, input.payme_id))!
  const now = Date.now()
  if (isExpired(transaction, now)) {
    const cancelled = await gateway.updatePaymeTransactions({ id: transaction.id, state: PaymeState.CANCELLED, reason: PaymeReason.TIMEOUT, cancel_time: new Date(now) })
    return new StepResponse<PaymePerformDecision>({ transaction: cancelled as unknown as PaymeTransactionRow, perform: false, refused: true })
  }
  return new StepResponse<PaymePerformDecision>({
    transaction,
    perform: transaction.state === PaymeState.CREATED,
    refused: transaction.state !== PaymeState.CREATED && transaction.state !== PaymeState.PERFORMED,
  })
})
