import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProductionEvents } from "../../modules/staff-channel/events"
import { createProductionTicketStep } from "./steps/create-production-ticket"
import { findPublishableOrderStep } from "./steps/find-publishable-order"
import { orderOfPaymentStep, type PaidOrderRef } from "./steps/order-of-payment"
import { syncTicketPostsStep } from "./steps/sync-ticket-posts"

export type PublishProductionTicketInput = PaidOrderRef

/**
 * A paid order (given, or found by its captured payment) becomes one ticket and a post in its seller's staff chat.
 * Under the order's lock, so order.placed and a later capture (or a redelivered event) arriving together still make
 * one ticket and one post.
 */
export const publishProductionTicketWorkflow = createWorkflow("publish-production-ticket", (input: PublishProductionTicketInput) => {
  const orderId = orderOfPaymentStep(input)
  const ticketId = when("publish-if-order", { orderId }, ({ orderId }) => !!orderId).then(() => {
    const lockKey = transform({ orderId }, ({ orderId }) => `production-ticket:${orderId}`)
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 30 })
    const draft = findPublishableOrderStep(transform({ orderId }, ({ orderId }) => ({ order_id: orderId! })))
    const created = createProductionTicketStep(draft)
    releaseLockStep({ key: lockKey })
    return created
  })
  const published = transform({ ticketId }, ({ ticketId }) => ticketId ?? null)
  syncTicketPostsStep({ ticket_id: published })
  when("announce-if-published", { published }, ({ published }) => !!published).then(() => {
    emitEventStep({ eventName: ProductionEvents.TICKET_PUBLISHED, data: { id: published } })
  })
  return new WorkflowResponse({ ticket_id: published })
})
