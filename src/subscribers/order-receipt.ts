import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { generateOrderReceiptWorkflow } from "../workflows/receipts/generate-order-receipt"

/*
 * Payme, Click, Telegram Payments and Stripe (auto-capture) take the money before the cart becomes an order, and a
 * paid custom cake is such a cart too: their orders are paid at order.placed. An order placed with an authorized
 * payment (the system provider) is paid when staff capture it: payment.captured, carrying the payment's id. The
 * workflow makes nothing for an order not yet paid in full and finds the receipt a redelivered event already made.
 */
export default async function orderReceipt({ event, container }: SubscriberArgs<{ id: string }>) {
  const input = event.name === PaymentEvents.CAPTURED ? { payment_id: event.data.id } : { order_id: event.data.id }
  await generateOrderReceiptWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.PLACED, PaymentEvents.CAPTURED],
  context: { subscriberId: "order-receipt" },
}
