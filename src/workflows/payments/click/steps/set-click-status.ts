import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_MODULE } from "../../../../modules/gateway"
import type GatewayModuleService from "../../../../modules/gateway/service"
import type { ClickTransactionRow } from "../click-rules"

export type SetClickStatusInput = {
  id: string
  status: "COMPLETED" | "CANCELLED" | "REVERSED"
  cancel_reason?: string
  failure?: string
}

const STAMP = { COMPLETED: "completed_at", CANCELLED: "cancelled_at", REVERSED: "reversed_at" } as const

/** Moves an attempt to its next status and stamps when. */
export const setClickStatusStep = createStep("set-click-status", async (input: SetClickStatusInput, { container }) => {
  const gateway = container.resolve<GatewayModuleService>(GATEWAY_MODULE)
  const updated = await gateway.updateClickTransactions({ ...input, [STAMP[input.status]]: new Date() })
  return new StepResponse(updated as unknown as ClickTransactionRow)
})
