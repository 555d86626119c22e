import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_MODULE } from "../../../../modules/gateway"
import type GatewayModuleService from "../../../../modules/gateway/service"
import { PaymeState, type PaymeTransactionRow } from "../payme-rules"

export type SetPaymeStateInput = { id: string; state: number; reason?: number | null; failure?: string | null }

/** Moves a transaction to its next state and stamps the time of that move, once; the stamp is what repeats return. */
export const setPaymeStateStep = createStep("set-payme-state", async (input: SetPaymeStateInput, { container }) => {
  const gateway = container.resolve<GatewayModuleService>(GATEWAY_MODULE)
  const now = new Date()
  const stamp = input.state === PaymeState.PERFORMED ? { perform_time: now } : { cancel_time: now }
  const updated = await gateway.updatePaymeTransactions({
    id: input.id,
    state: input.state,
    ...stamp,
    ...(input.reason !== undefined ? { reason: input.reason } : {}),
    ...(input.failure !== undefined ? { failure: input.failure } : {}),
  })
  return new StepResponse(updated as unknown as PaymeTransactionRow)
})
