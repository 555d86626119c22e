import type { I18n } from "@grammyjs/i18n"
import type { TicketView } from "../../modules/staff-channel/posts/ticket-view"
import type { BotLanguage } from "../../modules/telegram/bot/languages"
import { formatPrice } from "../../modules/telegram/bot/money"
import { fulfillmentLine, orderItemLine } from "../../modules/telegram/bot/notification-texts"

/* An SMS is billed per segment (70 characters of Cyrillic) and Twilio takes at most 1600 characters: a big order
   lists its first lines and how many more there are, the staff chat and the admin show the rest. */
const MAX_ITEM_LINES = 10

export type CakeOrderAlertTicket = Pick<TicketView, "display_id" | "fulfillment" | "order">

/** The alert about a paid cake order: its number, items with sizes and quantities, when and how it leaves, the total. */
export function cakeOrderAlertText(i18n: I18n, language: BotLanguage, ticket: CakeOrderAlertTicket): string {
  const t = (key: string, args?: Record<string, string | number>) => i18n.t(language, key, args)
  const { order } = ticket
  const items = order.items.slice(0, MAX_ITEM_LINES).map(orderItemLine)
  const hidden = order.items.length - items.length
  return [
    t("alert-cake-order", { number: ticket.display_id }),
    ...items,
    hidden > 0 ? t("alert-more-items", { count: hidden }) : null,
    fulfillmentLine(t, language, { ...order.metadata, fulfillment: ticket.fulfillment.toLowerCase() }),
    t("staff-post-total", { total: formatPrice(order.total, order.currency_code, language) }),
  ]
    .filter((line) => line !== null)
    .join("\n")
}
