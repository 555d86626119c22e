import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { linkOrderToBakeryWorkflow } from "../workflows/storefront/link-order-to-bakery"

export default async function linkOrderToBakery({ event, container }: SubscriberArgs<{ id: string }>) {
  await linkOrderToBakeryWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
