import { dayOf, periodOf, SHOP_TIME_ZONE, type ReportGroup } from "../../../modules/reports/days"
import { datesBetween } from "../../../modules/scheduling/slots"

export type DayRange = { from: string; to: string }

const DAY_MS = 86_400_000

/** The calendar date `days` after `date` (YYYY-MM-DD, negative goes back). */
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** The first day of the month `months` before `date`'s month. */
const monthStart = (date: string, monthsBack: number) => {
  const at = new Date(`${date.slice(0, 7)}-01T12:00:00Z`)
  at.setUTCMonth(at.getUTCMonth() - monthsBack)
  return at.toISOString().slice(0, 10)
}

/** Today in the shop's time zone, which the reports' days are counted in. */
export const shopToday = (now: Date = new Date()) => dayOf(now, SHOP_TIME_ZONE)

export const RANGE_PRESETS: { id: string; label: string; range: (today: string) => DayRange }[] = [
  { id: "today", label: "Today", range: (today) => ({ from: today, to: today }) },
  { id: "7d", label: "Last 7 days", range: (today) => ({ from: addDays(today, -6), to: today }) },
  { id: "30d", label: "Last 30 days", range: (today) => ({ from: addDays(today, -29), to: today }) },
  { id: "month", label: "This month", range: (today) => ({ from: monthStart(today, 0), to: today }) },
  { id: "12m", label: "Last 12 months", range: (today) => ({ from: monthStart(today, 11), to: today }) },
]

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A range the reports accept as far as the page can tell: two dates, the first not after the second. */
export const isRangeValid = ({ from, to }: DayRange) => CALENDAR_DATE.test(from) && CALENDAR_DATE.test(to) && from <= to

/** Every period of the range, so a chart shows the days (weeks, months) without sales as zero. */
export const periodsOf = ({ from, to }: DayRange, group: ReportGroup) => [...new Set(datesBetween(from, to).map((date) => periodOf(date, group)))]
