import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyStockMovementsWorkflow } from "./apply-stock-movements"
import { createCorrectionRequestsStep } from "./steps/create-correction-requests"
import { planManualMovementStep, type ManualMovementInput } from "./steps/plan-manual-movement"

export type { ManualMovementInput } from "./steps/plan-manual-movement"

/**
 * A movement staff record (incoming, loss, return, correction): Medusa's level changes and the ledger row is written
 * together. A correction over the approval threshold only becomes a PENDING request (`correction_request`).
 */
export const recordStockMovementWorkflow = createWorkflow("record-stock-movement", (input: ManualMovementInput) => {
  const plan = planManualMovementStep(input)
  const applied = when("apply-manual-movement", { plan }, ({ plan }) => !plan.needs_approval).then(() =>
    applyStockMovementsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ movements: [plan.movement] })) })
  )
  const requested = when("request-manual-correction", { plan }, ({ plan }) => plan.needs_approval).then(() =>
    createCorrectionRequestsStep(transform({ plan }, ({ plan }) => [plan.movement]))
  )
  const result = transform({ applied, requested }, ({ applied, requested }) => ({
    movement: applied?.[0] ?? null,
    correction_request: requested?.[0] ?? null,
  }))
  return new WorkflowResponse(result)
})
