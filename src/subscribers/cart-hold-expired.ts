import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CartHoldEvents } from "../modules/cart-hold/events"
import { notifyHoldExpiredWorkflow } from "../workflows/cart-hold/notify-hold-expired"
import type { HoldExpiredInput } from "../workflows/cart-hold/steps/send-hold-expired-message"

export default async function tellCartHoldExpired({ event, container }: SubscriberArgs<HoldExpiredInput>) {
  await notifyHoldExpiredWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = { event: CartHoldEvents.EXPIRED }
