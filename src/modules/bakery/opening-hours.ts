import { z } from "zod"

/*
 * Opening hours are written in the bakery's own time zone: weekday 1 = Monday … 7 = Sunday (ISO 8601), times
 * "HH:MM" on a 24-hour clock. An interval whose closing time is not after its opening time runs past midnight
 * into the next day ("22:00"–"02:00"); "00:00"–"24:00" is the whole day.
 */
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'times are "HH:MM" on a 24-hour clock, e.g. "08:30"')

export const openingIntervalSchema = z
  .object({ weekday: z.number().int().min(1).max(7), opens: time, closes: time })
  .refine((interval) => interval.opens !== interval.closes, { message: "an interval cannot open and close at the same time" })
  .refine((interval) => interval.opens !== "24:00", { message: 'an interval cannot open at "24:00"' })

export type OpeningInterval = z.infer<typeof openingIntervalSchema>

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** Minutes of the week (0 = Monday 00:00) an interval covers, as [start, end) ranges that never wrap. */
function weekRanges({ weekday, opens, closes }: OpeningInterval): [number, number][] {
  const start = (weekday - 1) * 1440 + minutes(opens)
  const end = (weekday - 1) * 1440 + minutes(closes) + (minutes(closes) <= minutes(opens) ? 1440 : 0)
  const week = 7 * 1440
  return end <= week ? [[start, end]] : [[start, week], [0, end - week]]
}

export const openingHoursSchema = z.array(openingIntervalSchema).max(28).superRefine((intervals, ctx) => {
  const ranges = intervals.flatMap((interval, index) => weekRanges(interval).map((range) => ({ range, index })))
  for (const a of ranges) {
    for (const b of ranges) {
      if (a.index < b.index && a.range[0] < b.range[1] && b.range[0] < a.range[1]) {
        ctx.addIssue({ code: "custom", path: [b.index], message: `interval ${b.index + 1} overlaps interval ${a.index + 1}` })
        return
      }
    }
  }
})

export type OpeningHours = z.infer<typeof openingHoursSchema>

export const timezoneSchema = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone })
      return true
    } catch {
      return false
    }
  },
  { message: "timezone must be an IANA time zone such as Asia/Tashkent" }
)

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 }

/** Minute of the week (0 = Monday 00:00) that `at` is in the given zone. */
function minuteOfWeek(at: Date, timezone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: timezone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((part) => [part.type, part.value])
  )
  return (WEEKDAYS[parts.weekday] - 1) * 1440 + Number(parts.hour) * 60 + Number(parts.minute)
}

export function isOpenAt(hours: OpeningHours | null | undefined, timezone: string, at: Date): boolean {
  if (!hours?.length) return false
  const now = minuteOfWeek(at, timezone)
  return hours.flatMap(weekRanges).some(([start, end]) => start <= now && now < end)
}
