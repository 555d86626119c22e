import { createOrderFulfillmentWorkflow, emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProductionEvents } from "../../modules/staff-channel/events"
import { claimProductionTicketStep, type ClaimInput } from "./steps/claim-production-ticket"
import { recordTicketChangeStep } from "./steps/record-ticket-change"
import { syncTicketPostsStep } from "./steps/sync-ticket-posts"
import { ticketCustomerNotificationStep } from "./steps/ticket-customer-notification"

/**
 * First accept wins, and the winner's accept writes the stock off: Medusa's fulfilment of every line consumes the
 * order's reservations. Only the winner gets past the claim, so stock is written off once; if the write-off fails,
 * the claim is undone and the ticket is NEW again.
 */
export const acceptProductionTicketWorkflow = createWorkflow("accept-production-ticket", (input: ClaimInput) => {
  const claimed = claimProductionTicketStep(input)
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ claimed }, ({ claimed }) => ({ order_id: claimed.order_id, items: claimed.items, no_notification: true })),
  })
  const change = transform({ input, fulfillment }, ({ input, fulfillment }) => ({
    ticket_id: input.ticket_id,
    from_status: "NEW" as const,
    to_status: "ACCEPTED" as const,
    actor: input.actor,
    fulfillment_id: fulfillment.id,
  }))
  recordTicketChangeStep(change)
  syncTicketPostsStep({ ticket_id: input.ticket_id })
  sendNotificationsStep(ticketCustomerNotificationStep({ ticket_id: input.ticket_id }))
  const event = transform({ input }, ({ input }) => ({ id: input.ticket_id }))
  emitEventStep({ eventName: ProductionEvents.TICKET_ACCEPTED, data: event }).config({ name: "emit-ticket-accepted" })
  emitEventStep({ eventName: ProductionEvents.TICKET_STATUS_CHANGED, data: event }).config({ name: "emit-ticket-status-changed" })
  return new WorkflowResponse({ ticket_id: input.ticket_id, fulfillment_id: fulfillment.id })
})
