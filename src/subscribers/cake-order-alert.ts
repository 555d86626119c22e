import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProductionEvents } from "../modules/staff-channel/events"
import { alertCakeOrderWorkflow } from "../workflows/alerts/alert-cake-order"

export default async function cakeOrderAlert({ event, container }: SubscriberArgs<{ id: string }>) {
  await alertCakeOrderWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = { event: ProductionEvents.TICKET_PUBLISHED }
