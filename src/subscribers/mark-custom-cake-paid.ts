import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { markCustomCakePaidWorkflow } from "../workflows/custom-cake/mark-custom-cake-paid"

export default async function markCustomCakePaid({ event, container }: SubscriberArgs<{ id: string }>) {
  await markCustomCakePaidWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "mark-custom-cake-paid" } }
