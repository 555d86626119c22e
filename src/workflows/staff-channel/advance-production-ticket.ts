import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProductionEvents } from "../../modules/staff-channel/events"
import { moveProductionTicketStep, type MoveInput } from "./steps/move-production-ticket"
import { recordTicketChangeStep } from "./steps/record-ticket-change"
import { syncOrderFulfillmentStep } from "./steps/sync-order-fulfillment"
import { syncTicketPostsStep } from "./steps/sync-ticket-posts"
import { ticketCustomerNotificationStep } from "./steps/ticket-customer-notification"

/** Preparing, ready, out for delivery, delivered, picked up or cancelled: the ticket, Medusa's order, the posts, the customer. */
export const advanceProductionTicketWorkflow = createWorkflow("advance-production-ticket", (input: MoveInput) => {
  const moved = moveProductionTicketStep(input)
  syncOrderFulfillmentStep(moved)
  const change = transform({ input, moved }, ({ input, moved }) => ({
    ticket_id: moved.ticket_id,
    from_status: moved.from_status,
    to_status: moved.to_status,
    actor: input.actor,
    note: input.reason ?? null,
  }))
  recordTicketChangeStep(change)
  syncTicketPostsStep({ ticket_id: input.ticket_id })
  sendNotificationsStep(ticketCustomerNotificationStep({ ticket_id: input.ticket_id }))
  emitEventStep({ eventName: ProductionEvents.TICKET_STATUS_CHANGED, data: transform({ input }, ({ input }) => ({ id: input.ticket_id })) })
  return new WorkflowResponse(moved)
})
