import type { I18n } from "@grammyjs/i18n"
import { InlineKeyboard } from "grammy"
import type { Say } from "./conversation-kit"
import { DATE_LOCALES, dayLabel, SHOP_TIME_ZONE } from "./dates"
import { DEFAULT_LANGUAGE, isBotLanguage, type BotLanguage } from "./languages"
import { formatPrice } from "./money"

const PROVIDER_NAMES: Record<string, string> = { pp_payme_payme: "Payme", pp_click_click: "Click", pp_stripe_stripe: "Stripe" }

type NotificationData = Record<string, unknown>

/** A moment as a date in the shop's time zone, e.g. "6 Dec 2026". */
export function formatShopDate(iso: string, language: BotLanguage): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[language], { dateStyle: "medium", timeZone: SHOP_TIME_ZONE }).format(new Date(iso))
}

/** A product with its size: "Napoleon (16 cm)". */
export const orderItemName = (item: { title: string; variant_title?: string | null }) => `${item.title}${item.variant_title ? ` (${item.variant_title})` : ""}`

/** An order's line as customers read it: "Napoleon (16 cm) × 2". */
export const orderItemLine = (item: { title: string; variant_title?: string | null; quantity: number }) => `${orderItemName(item)} × ${item.quantity}`

/** The wanted shop day (YYYY-MM-DD, as the checkout shows it) and time window, as one phrase. */
export function wantedWhen(date: string | null | undefined, time: string | null | undefined, language: BotLanguage): string {
  const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? dayLabel(date, language) : date
  return [day, time].filter(Boolean).join(", ")
}

/** "Pickup: Thu, 10 Dec, 14:00–16:00", "Courier delivery", or nothing when the order says neither. */
export function fulfillmentLine(say: Say, language: BotLanguage, data: { fulfillment?: unknown; wanted_date?: unknown; wanted_time?: unknown }): string {
  if (data.fulfillment !== "pickup" && data.fulfillment !== "delivery") return ""
  const when = wantedWhen(data.wanted_date as string | null, data.wanted_time as string | null, language)
  return when ? say(`order-${data.fulfillment}-when`, { when }) : say(`order-${data.fulfillment}`)
}

/** The Fluent key of a notification template, e.g. custom_cake.approved → notification-custom_cake-approved. */
export const notificationKey = (template: string) => `notification-${template.replace(/\./g, "-")}`

/** A notification's text in the customer's language, from its template and data (numbers, prices, dates formatted). */
export function notificationText(i18n: I18n, template: string, data: NotificationData): string {
  const language: BotLanguage = isBotLanguage(data.locale) ? data.locale : DEFAULT_LANGUAGE
  const price = typeof data.final_price === "number" && typeof data.currency_code === "string" ? formatPrice(data.final_price, data.currency_code, language) : ""
  const expires =
    typeof data.payment_expires_at === "string"
      ? new Intl.DateTimeFormat(DATE_LOCALES[language], { dateStyle: "medium", timeStyle: "short", timeZone: SHOP_TIME_ZONE }).format(new Date(data.payment_expires_at))
      : ""
  // an order's optional last line (pickup or delivery time) may be empty
  return i18n.t(language, notificationKey(template), {
    number: String(data.display_id ?? ""),
    price,
    servings: Number(data.final_servings ?? 0),
    expires,
    reason: String(data.rejection_reason ?? ""),
    status: String(data.status ?? ""),
    items: Array.isArray(data.items) ? data.items.map(orderItemLine).join("\n") : "",
    total: typeof data.total === "number" && typeof data.currency_code === "string" ? formatPrice(data.total, data.currency_code, language) : "",
    fulfillment: String(data.fulfillment ?? "none"),
    when: fulfillmentLine((key, args) => i18n.t(language, key, args), language, data),
  }).trim()
}

/** One URL button per payment link the notification carries. */
export function paymentLinkKeyboard(i18n: I18n, data: NotificationData): InlineKeyboard | undefined {
  const links = Array.isArray(data.payment_links) ? (data.payment_links as { provider_id: string; url: string }[]) : []
  if (!links.length) return undefined
  const language: BotLanguage = isBotLanguage(data.locale) ? data.locale : DEFAULT_LANGUAGE
  const keyboard = new InlineKeyboard()
  for (const link of links) keyboard.url(i18n.t(language, "pay-with", { provider: PROVIDER_NAMES[link.provider_id] ?? link.provider_id }), link.url).row()
  return keyboard
}
