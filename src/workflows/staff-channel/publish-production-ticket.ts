import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProductionEvents } from "../../modules/staff-channel/events"
import { createProductionTicketStep } from "./steps/create-production-ticket"
import { findPublishableOrderStep } from "./steps/find-publishable-order"
import { syncTicketPostsStep } from "./steps/sync-ticket-posts"

export type PublishProductionTicketInput = { order_id: string }

/**
 * A paid order becomes one ticket and a post in its seller's staff chat. Under the order's lock, so order.placed and
 * a later capture (or a redelivered event) arriving together still make one ticket and one post.
 */
export const publishProductionTicketWorkflow = createWorkflow("publish-production-ticket", (input: PublishProductionTicketInput) => {
  const lockKey = transform({ input }, ({ input }) => `production-ticket:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 15, ttl: 30 })
  const draft = findPublishableOrderStep(input)
  const ticketId = createProductionTicketStep(draft)
  releaseLockStep({ key: lockKey })
  syncTicketPostsStep({ ticket_id: ticketId })
  when({ ticketId }, ({ ticketId }) => !!ticketId).then(() => {
    emitEventStep({ eventName: ProductionEvents.TICKET_PUBLISHED, data: { id: ticketId } })
  })
  return new WorkflowResponse({ ticket_id: ticketId })
})
