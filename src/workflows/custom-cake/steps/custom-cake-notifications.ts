import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CustomCakeEvents, type CustomCakeEvent } from "../../../modules/custom-cake/events"
import { toCustomCakeView } from "../custom-cake-view"
import { telegramChatOf } from "../../telegram/telegram-chat-of"

type Notification = { to: string; channel: string; template: string; data: Record<string, unknown>; idempotency_key: string }

/** What the admin's notification feed says, for the events staff must act on. */
const STAFF_FEED: Partial<Record<CustomCakeEvent, (number: number) => { title: string; description: string }>> = {
  [CustomCakeEvents.SUBMITTED]: (number) => ({ title: `Custom cake #${number} to review`, description: "A customer asked for a custom cake; approve it with a price or reject it." }),
  [CustomCakeEvents.PAID]: (number) => ({ title: `Custom cake #${number} is paid`, description: "The customer paid; the cake goes to the kitchen." }),
}

/**
 * The customer's message (template = the event; data holds what any channel needs to write it in the customer's
 * language: number, prices, servings, links, reason) and, where staff must act, a line in the admin's feed.
 */
export const customCakeNotificationsStep = createStep(
  "custom-cake-notifications",
  async (input: { id: string; event: CustomCakeEvent }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: rows } = await query.graph({
      entity: "custom_cake_request",
      fields: ["*", "customer.email", "history.id"],
      filters: { id: input.id },
    })
    const row = rows[0]
    if (!row) return new StepResponse([] as Notification[])
    const view = toCustomCakeView(row, "store")
    const key = `${input.event}:${row.id}:${row.status}:${row.history?.length ?? 0}`
    const notifications: Notification[] = []
    const data = {
      locale: row.locale,
      display_id: row.display_id,
      status: row.status,
      currency_code: row.currency_code,
      final_price: view.final_price,
      final_servings: row.final_servings,
      payment_links: view.payment_links,
      payment_expires_at: row.payment_expires_at,
      rejection_reason: row.rejection_reason,
      order_id: row.order_id,
    }
    if (row.customer?.email) {
      notifications.push({ to: row.customer.email, channel: "email", template: input.event, idempotency_key: key, data })
    }
    const chat = await telegramChatOf(container, row.customer_id)
    if (chat) {
      const inTheirLanguage = { ...data, locale: chat.language ?? row.locale }
      notifications.push({ to: chat.chat_id, channel: "telegram", template: input.event, idempotency_key: `telegram:${key}`, data: inTheirLanguage })
    }
    const feed = STAFF_FEED[input.event]
    if (feed) notifications.push({ to: "", channel: "feed", template: "admin-ui", idempotency_key: `feed:${key}`, data: feed(Number(row.display_id)) })
    return new StepResponse(notifications)
  }
)
