import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { markClickPaymentReversedWorkflow } from "../workflows/payments/click/mark-click-payment-reversed"

export default async function markClickPaymentReversed({ event, container }: SubscriberArgs<{ id: string }>) {
  await markClickPaymentReversedWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: PaymentEvents.REFUNDED }
