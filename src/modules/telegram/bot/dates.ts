import type { BotLanguage } from "./languages"

/** The shop's time zone: customers choose and read times as the shop states them. */
export const SHOP_TIME_ZONE = "Asia/Tashkent"
export const DATE_LOCALES: Record<BotLanguage, string> = { ru: "ru-RU", uz: "uz-Latn-UZ", en: "en-GB" }

const DAY_MS = 24 * 3600 * 1000

/** The shop's calendar day (YYYY-MM-DD) `offset` days after the instant `now`. */
export function shopDay(now: number, offset = 0): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: SHOP_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(now + offset * DAY_MS))
}

/** "Mon, 7 Dec" in the user's language, for a shop day. */
export function dayLabel(day: string, language: BotLanguage): string {
  // noon UTC of that date is the same calendar day in Tashkent (UTC+5)
  return new Intl.DateTimeFormat(DATE_LOCALES[language], { weekday: "short", day: "numeric", month: "short", timeZone: SHOP_TIME_ZONE }).format(new Date(`${day}T12:00:00Z`))
}
