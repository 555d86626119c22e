export const SLOT_TYPES = ["PICKUP", "DELIVERY"] as const
export type SlotType = (typeof SLOT_TYPES)[number]

export type SlotTemplateRow = { weekday: number; starts_at: string; ends_at: string; capacity_orders: number; capacity_cakes: number | null }
export type SlotUsageRow = { date: string; starts_at: string; booked_orders: number; booked_cakes: number }

/** A dated slot as customers choose it, with what is left of it. */
export type Slot = {
  date: string
  starts_at: string
  ends_at: string
  /** The slot's start as an instant (UTC), for clients that compare times. */
  starts: string
  capacity_orders: number
  remaining_orders: number
  remaining_cakes: number | null
  /** False when the slot is full or starts too soon for the lead time. */
  bookable: boolean
}

const DAY_MS = 24 * 3600 * 1000
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A real calendar date written YYYY-MM-DD (Date.parse alone takes 2026-02-30 as 2 March). */
export const isCalendarDate = (value: string) => CALENDAR_DATE.test(value) && new Date(`${value}T12:00:00Z`).toISOString().startsWith(value)

/** The UTC offset of `timeZone` on a date, e.g. "+05:00" for Asia/Tashkent (from Intl, so DST zones work too). */
function offsetOn(date: string, timeZone: string): string {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }).formatToParts(new Date(`${date}T12:00:00Z`)).find((part) => part.type === "timeZoneName")!.value
  return name === "GMT" ? "+00:00" : name.replace("GMT", "")
}

/** The instant a seller's wall-clock `time` on `date` is, in their time zone. */
export function shopInstant(date: string, time: string, timeZone: string): Date {
  return new Date(`${date}T${time}:00${offsetOn(date, timeZone)}`)
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay() || 7
}

/** The calendar dates from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = []
  for (let at = Date.parse(`${from}T12:00:00Z`); at <= Date.parse(`${to}T12:00:00Z`); at += DAY_MS) dates.push(new Date(at).toISOString().slice(0, 10))
  return dates
}

export type SlotQuery = {
  templates: SlotTemplateRow[]
  closedDates: Set<string>
  usage: SlotUsageRow[]
  from: string
  to: string
  now: Date
  leadMinutes: number
  timeZone: string
  /** A run-time cap on orders per slot (the store switch); the lower of it and the template's capacity counts. */
  maxOrdersPerSlot: number | null
}

/** Every slot of the templates on the open dates between `from` and `to`, with remaining capacity, in time order. */
export function listSlots(query: SlotQuery): Slot[] {
  const taken = new Map(query.usage.map((row) => [`${row.date} ${row.starts_at}`, row]))
  const earliest = query.now.getTime() + query.leadMinutes * 60_000
  const slots: Slot[] = []
  for (const date of datesBetween(query.from, query.to)) {
    if (query.closedDates.has(date)) continue
    const weekday = weekdayOf(date)
    for (const template of query.templates.filter((candidate) => candidate.weekday === weekday)) {
      const used = taken.get(`${date} ${template.starts_at}`)
      const capacity = query.maxOrdersPerSlot === null ? template.capacity_orders : Math.min(template.capacity_orders, query.maxOrdersPerSlot)
      const remainingOrders = Math.max(0, capacity - (used?.booked_orders ?? 0))
      const remainingCakes = template.capacity_cakes === null ? null : Math.max(0, template.capacity_cakes - (used?.booked_cakes ?? 0))
      const starts = shopInstant(date, template.starts_at, query.timeZone)
      slots.push({
        date,
        starts_at: template.starts_at,
        ends_at: template.ends_at,
        starts: starts.toISOString(),
        capacity_orders: capacity,
        remaining_orders: remainingOrders,
        remaining_cakes: remainingCakes,
        bookable: remainingOrders > 0 && remainingCakes !== 0 && starts.getTime() >= earliest,
      })
    }
  }
  return slots.sort((a, b) => a.starts.localeCompare(b.starts))
}
