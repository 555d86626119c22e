import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderFulfillmentWorkflow, createOrderShipmentWorkflow, markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import type { MovedTicket } from "./move-production-ticket"

/**
 * Keeps Medusa's order in step with the ticket, silently (the ticket's own messages tell the customer): out for
 * delivery ships the fulfilment, delivered or picked up marks it delivered, a cancel before shipping cancels it
 * (the stock comes back). A failure here undoes the ticket's move.
 */
export const syncOrderFulfillmentStep = createStep("sync-order-fulfillment", async (moved: MovedTicket, { container }) => {
  const fulfillmentId = moved.fulfillment_id
  if (!fulfillmentId) return new StepResponse(null)
  const orderId = moved.order_id
  if (moved.to_status === "OUT_FOR_DELIVERY") {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["items.*"], filters: { id: orderId } })
    const items = ((data[0] as any)?.items ?? []).map((item: any) => ({ id: item.id as string, quantity: Number(item.quantity) }))
    await createOrderShipmentWorkflow(container).run({ input: { order_id: orderId, fulfillment_id: fulfillmentId, items, no_notification: true } })
  } else if (moved.to_status === "DELIVERED" || moved.to_status === "PICKED_UP") {
    await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId, fulfillmentId } })
  } else if (moved.to_status === "CANCELLED" && moved.from_status !== "OUT_FOR_DELIVERY") {
    await cancelOrderFulfillmentWorkflow(container).run({ input: { order_id: orderId, fulfillment_id: fulfillmentId, no_notification: true } })
  }
  return new StepResponse(null)
})
