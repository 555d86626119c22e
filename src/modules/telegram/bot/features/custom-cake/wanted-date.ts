import { DATE_LOCALES, SHOP_TIME_ZONE, shopDay } from "../../dates"
import type { BotLanguage } from "../../languages"

/** The shop states days and times in Tashkent time, which is UTC+5 all year (Uzbekistan has had no DST since 1992). */
const SHOP_UTC_OFFSET_HOURS = 5
const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
/** The submit workflow takes cakes at most 180 days ahead. */
const LATEST_DAYS = 180
/** Days offered as buttons; a later day can be typed. */
const OFFERED_DAYS = 7

/** Times of day (shop time) a cake can be wanted at: late morning, lunch, afternoon, evening. */
export const WANTED_HOURS = [10, 13, 16, 19] as const

/** A day in the shop's calendar, "YYYY-MM-DD". */
export type ShopDay = string

export function wantedAt(day: ShopDay, hour: number): Date {
  const [year, month, date] = day.split("-").map(Number)
  return new Date(Date.UTC(year, month - 1, date, hour - SHOP_UTC_OFFSET_HOURS))
}

/** The wanted hours of `day` that leave the shop its lead time and are not too far ahead. */
export function availableHours(day: ShopDay, now: number, minLeadHours: number): number[] {
  return WANTED_HOURS.filter((hour) => {
    const at = wantedAt(day, hour).getTime()
    return at >= now + minLeadHours * HOUR_MS && at <= now + LATEST_DAYS * DAY_MS
  })
}

/** The first days (from today, shop time) with at least one wanted hour left. */
export function offeredDays(now: number, minLeadHours: number): ShopDay[] {
  const days: ShopDay[] = []
  for (let offset = 0; days.length < OFFERED_DAYS && offset <= LATEST_DAYS; offset++) {
    const day = shopDay(now + offset * DAY_MS)
    if (availableHours(day, now, minLeadHours).length) days.push(day)
  }
  return days
}

/** A typed day ("25.12", "25.12.2026", "25/12/2026") the shop can take, or undefined. */
export function typedDay(text: string, now: number, minLeadHours: number): ShopDay | undefined {
  const match = /^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{4}))?$/.exec(text.trim())
  if (!match) return undefined
  const [, date, month, year] = match
  const today = shopDay(now)
  const candidates = year ? [Number(year)] : [Number(today.slice(0, 4)), Number(today.slice(0, 4)) + 1]
  for (const candidate of candidates) {
    const day = `${candidate}-${month.padStart(2, "0")}-${date.padStart(2, "0")}`
    const real = shopDay(wantedAt(day, 12).getTime()) === day
    if (real && availableHours(day, now, minLeadHours).length) return day
  }
  return undefined
}

/** A wanted date and time in words, in the shop's time zone. */
export function wantedAtText(at: Date, language: BotLanguage): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[language], { dateStyle: "full", timeStyle: "short", timeZone: SHOP_TIME_ZONE }).format(at)
}

export const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`
