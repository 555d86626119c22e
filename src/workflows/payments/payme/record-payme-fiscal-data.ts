import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GATEWAY_MODULE } from "../../../modules/gateway"
import type GatewayModuleService from "../../../modules/gateway/service"
import { findPaymeTransaction } from "./steps/load-payme-transaction"

export type RecordPaymeFiscalDataInput = { id: string; type: "PERFORM" | "CANCEL"; fiscal_data: Record<string, unknown> }

const recordPaymeFiscalDataStep = createStep("record-payme-fiscal-data", async (input: RecordPaymeFiscalDataInput, { container }) => {
  const gateway = container.resolve<GatewayModuleService>(GATEWAY_MODULE)
  const row = (await findPaymeTransaction(gateway, input.id))!
  const previous = (row.fiscal_data ?? {}) as Record<string, unknown>
  await gateway.updatePaymeTransactions({ id: row.id, fiscal_data: { ...previous, [input.type]: input.fiscal_data } })
  return new StepResponse(undefined, { id: row.id, fiscal_data: row.fiscal_data })
}, async (previous, { container }) => {
  if (!previous) return
  await container.resolve<GatewayModuleService>(GATEWAY_MODULE).updatePaymeTransactions(previous)
})

/** SetFiscalData: keeps the fiscal receipt Payme reports for a perform or a cancel, beside its transaction. */
export const recordPaymeFiscalDataWorkflow = createWorkflow("record-payme-fiscal-data", (input: RecordPaymeFiscalDataInput) => {
  recordPaymeFiscalDataStep(input)
  return new WorkflowResponse(undefined)
})
