import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { publishProductionTicketWorkflow } from "../workflows/staff-channel/publish-production-ticket"

/** A paid order goes to its kitchen: placed already paid, or paid later (a capture of one of its payments). */
export default async function publishProductionTicket({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = event.name === "order.placed" ? event.data.id : await orderOfPayment(container, event.data.id)
  if (orderId) await publishProductionTicketWorkflow(container).run({ input: { order_id: orderId } })
}

async function orderOfPayment(container: SubscriberArgs<unknown>["container"], paymentId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["payment_collection.order.id"], filters: { id: paymentId } })
  return (data[0] as any)?.payment_collection?.order?.id ?? null
}

export const config: SubscriberConfig = { event: ["order.placed", "payment.captured"] }
