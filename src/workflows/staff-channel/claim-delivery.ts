import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProductionEvents } from "../../modules/staff-channel/events"
import type { TicketActor } from "../../modules/staff-channel/transitions"
import { claimDeliveryStep } from "./steps/claim-delivery"
import { recordTicketChangeStep } from "./steps/record-ticket-change"
import { syncTicketPostsStep } from "./steps/sync-ticket-posts"

export type ClaimDeliveryInput = { ticket_id: string; actor: TicketActor }

/** A courier takes a ready delivery (first wins); the posts show who, and only they can move it on. */
export const claimDeliveryWorkflow = createWorkflow("claim-delivery", (input: ClaimDeliveryInput) => {
  claimDeliveryStep(input)
  recordTicketChangeStep(transform({ input }, ({ input }) => ({ ticket_id: input.ticket_id, from_status: "READY" as const, to_status: "READY" as const, actor: input.actor, note: "courier_assigned" })))
  syncTicketPostsStep({ ticket_id: input.ticket_id })
  emitEventStep({ eventName: ProductionEvents.COURIER_ASSIGNED, data: transform({ input }, ({ input }) => ({ id: input.ticket_id })) })
  return new WorkflowResponse({ ticket_id: input.ticket_id })
})
