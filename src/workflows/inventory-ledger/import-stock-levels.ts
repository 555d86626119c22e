import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyStockMovementsWorkflow } from "./apply-stock-movements"
import { createCorrectionRequestsStep } from "./steps/create-correction-requests"
import { planStockImportStep, type StockImportInput } from "./steps/plan-stock-import"

/**
 * Sets stock levels from a CSV file: all rows valid or nothing applied (400 INVALID_CSV with every bad line). A dry run
 * answers the changes without applying them. Applied changes are CORRECTION rows; those over the approval threshold
 * wait as pending corrections, as when typed in the admin.
 */
export const importStockLevelsWorkflow = createWorkflow("import-stock-levels", (input: StockImportInput) => {
  const plan = planStockImportStep(input)
  const applied = when("apply-imported-levels", { plan }, ({ plan }) => plan.apply.length > 0).then(() =>
    applyStockMovementsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ movements: plan.apply })) })
  )
  const requested = when("request-imported-corrections", { plan }, ({ plan }) => plan.request.length > 0).then(() =>
    createCorrectionRequestsStep(transform({ plan }, ({ plan }) => plan.request))
  )
  const result = transform({ input, plan, applied, requested }, ({ input, plan, applied, requested }) => ({
    dry_run: input.dry_run,
    changes: plan.changes,
    unchanged: plan.unchanged,
    applied: applied?.length ?? 0,
    pending_corrections: requested?.map((request) => request.id) ?? [],
  }))
  return new WorkflowResponse(result)
})
