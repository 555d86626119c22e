import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyStockMovementsWorkflow } from "./apply-stock-movements"
import { decideCorrectionStep, linkCorrectionMovementStep } from "./steps/decide-correction"

type CorrectionDecision = { id: string; actor_id: string }

/**
 * A second member of staff approves a pending correction: only now does Medusa's level change, with a CORRECTION row
 * whose actor is the approver and whose source is the request (so it can be recorded once only).
 */
export const approveCorrectionWorkflow = createWorkflow("approve-correction", (input: CorrectionDecision) => {
  const request = decideCorrectionStep(transform({ input }, ({ input }) => ({ ...input, decision: "APPROVED" as const })))
  const movements = applyStockMovementsWorkflow.runAsStep({
    input: transform({ request, input }, ({ request, input }) => ({
      movements: [
        {
          inventory_item_id: request.inventory_item_id,
          location_id: request.location_id,
          reason: "CORRECTION" as const,
          quantity: request.quantity,
          note: request.note,
          actor_id: input.actor_id,
          source_type: "correction_request",
          source_id: request.id,
        },
      ],
    })),
  })
  const approved = linkCorrectionMovementStep(transform({ request, movements }, ({ request, movements }) => ({ id: request.id, movement_id: movements[0].id })))
  return new WorkflowResponse(approved)
})

/** Rejects (or, by its requester, withdraws) a pending correction; stock stays as it is. */
export const rejectCorrectionWorkflow = createWorkflow("reject-correction", (input: CorrectionDecision) => {
  const request = decideCorrectionStep(transform({ input }, ({ input }) => ({ ...input, decision: "REJECTED" as const })))
  return new WorkflowResponse(request)
})
