import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { orderStatusNotificationsStep, type OrderStatusNotificationInput } from "./steps/order-status-notifications"

/** Tells the customer in Telegram that their order was placed or moved on (prepared, out, delivered, done, canceled). */
export const notifyOrderStatusWorkflow = createWorkflow("notify-order-status", (input: OrderStatusNotificationInput) => {
  const notifications = orderStatusNotificationsStep(input)
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
