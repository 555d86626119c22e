import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BakeryEvents } from "../../modules/bakery/events"
import { setBakeryStatusStep } from "./steps/set-bakery-status"

export type ReactivateBakeryWorkflowInput = { id: string; actor_id: string }

/** Puts a suspended bakery back on sale and clears its suspension reason; 409 INVALID_STATUS_TRANSITION when active. */
export const reactivateBakeryWorkflow = createWorkflow("reactivate-bakery", (input: ReactivateBakeryWorkflowInput) => {
  const change = transform({ input }, ({ input }) => ({ id: input.id, status: "active" as const, reason: null }))
  const bakery = setBakeryStatusStep(change)
  const event = transform({ input }, ({ input }) => ({ id: input.id, actor_id: input.actor_id }))
  emitEventStep({ eventName: BakeryEvents.BAKERY_REACTIVATED, data: event })
  return new WorkflowResponse(bakery)
})
