import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomCakeEvents, type CustomCakeEvent } from "../modules/custom-cake/events"
import { notifyCustomCakeWorkflow } from "../workflows/custom-cake/notify-custom-cake"

export default async function customCakeNotifications({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyCustomCakeWorkflow(container).run({ input: { id: event.data.id, event: event.name as CustomCakeEvent } })
}

export const config: SubscriberConfig = { event: Object.values(CustomCakeEvents) }
