import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BakeryEvents } from "../../modules/bakery/events"
import { setBakeryStatusStep } from "./steps/set-bakery-status"

export type SuspendBakeryWorkflowInput = { id: string; reason: string; actor_id: string }

/**
 * Takes an active bakery off sale: the Store API hides its products and carts refuse them while it is suspended.
 * 409 INVALID_STATUS_TRANSITION when it is suspended already.
 */
export const suspendBakeryWorkflow = createWorkflow("suspend-bakery", (input: SuspendBakeryWorkflowInput) => {
  const change = transform({ input }, ({ input }) => ({ id: input.id, status: "suspended" as const, reason: input.reason }))
  const bakery = setBakeryStatusStep(change)
  const event = transform({ input }, ({ input }) => ({ id: input.id, actor_id: input.actor_id }))
  emitEventStep({ eventName: BakeryEvents.BAKERY_SUSPENDED, data: event })
  return new WorkflowResponse(bakery)
})
