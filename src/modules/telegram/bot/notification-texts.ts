import type { I18n } from "@grammyjs/i18n"
import { InlineKeyboard } from "grammy"
import { DEFAULT_LANGUAGE, isBotLanguage, type BotLanguage } from "./languages"
import { formatPrice } from "./money"

const PROVIDER_NAMES: Record<string, string> = { pp_payme_payme: "Payme", pp_click_click: "Click", pp_stripe_stripe: "Stripe" }
const DATE_LOCALES: Record<BotLanguage, string> = { ru: "ru-RU", uz: "uz-Latn-UZ", en: "en-GB" }
/** The shop's time zone: customers read times as the shop states them. */
const SHOP_TIME_ZONE = "Asia/Tashkent"

type NotificationData = Record<string, unknown>

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
  return i18n.t(language, notificationKey(template), {
    number: String(data.display_id ?? ""),
    price,
    servings: Number(data.final_servings ?? 0),
    expires,
    reason: String(data.rejection_reason ?? ""),
    status: String(data.status ?? ""),
  })
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
