import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { publishProductionTicketWorkflow } from "../workflows/staff-channel/publish-production-ticket"

/** A paid order goes to its kitchen: placed already paid, or paid later (a capture of one of its payments). */
export default async function publishProductionTicket({ event, container }: SubscriberArgs<{ id: string }>) {
  const input = event.name === "order.placed" ? { order_id: event.data.id } : { payment_id: event.data.id }
  await publishProductionTicketWorkflow(container).run({ input })
}

export const config: SubscriberConfig = { event: ["order.placed", "payment.captured"] }
