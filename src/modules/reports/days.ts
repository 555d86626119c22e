import { datesBetween, shopInstant } from "../scheduling/slots"

/** The shop's days, which the nightly job caches (reports in another zone are computed live). */
export const SHOP_TIME_ZONE = "Asia/Tashkent"

export type ReportGroup = "day" | "week" | "month"

// building an Intl.DateTimeFormat takes ~0.5 ms, far more than formatting with it: one per zone, kept
const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`. */
export function dayOf(instant: Date | string, timeZone: string): string {
  let format = dayFormats.get(timeZone)
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat("en-CA", { timeZone })))
  return format.format(new Date(instant))
}

/** The instants [start, end) of the calendar days `from`…`to` in `timeZone`. */
export function daysSpan(from: string, to: string, timeZone: string): { start: Date; end: Date } {
  const after = new Date(Date.parse(`${to}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  return { start: shopInstant(from, "00:00", timeZone), end: shopInstant(after, "00:00", timeZone) }
}

/** The period a day belongs to: itself, its ISO week's Monday, or its month (YYYY-MM). */
export function periodOf(date: string, group: ReportGroup): string {
  if (group === "month") return date.slice(0, 7)
  if (group === "day") return date
  const at = new Date(`${date}T12:00:00Z`)
  const sinceMonday = (at.getUTCDay() + 6) % 7
  return new Date(at.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10)
}

/** Consecutive runs of the given dates (sorted), so the missing days of a range are read in few queries. */
export function dateRuns(dates: string[]): { from: string; to: string }[] {
  const runs: { from: string; to: string }[] = []
  for (const date of [...dates].sort()) {
    const last = runs[runs.length - 1]
    if (last && datesBetween(last.to, date).length === 2) last.to = date
    else runs.push({ from: date, to: date })
  }
  return runs
}
