import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ORDER_STATUS_EVENTS, orderStatusInput, type OrderEventPayload, type OrderStatusEvent } from "../workflows/telegram/steps/order-status-notifications"
import { notifyOrderStatusWorkflow } from "../workflows/telegram/notify-order-status"

export default async function telegramOrderNotifications({ event, container }: SubscriberArgs<OrderEventPayload>) {
  // staff may create a fulfilment or shipment with "do not notify the customer"
  if (event.data.no_notification) return
  await notifyOrderStatusWorkflow(container).run({ input: orderStatusInput(event.name as OrderStatusEvent, event.data) })
}

export const config: SubscriberConfig = { event: [...ORDER_STATUS_EVENTS] }
