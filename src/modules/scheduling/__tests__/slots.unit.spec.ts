import { datesBetween, isCalendarDate, listSlots, shopInstant, weekdayOf, type SlotQuery } from "../slots"

const TASHKENT = "Asia/Tashkent"
// Thursday 24 Dec 2026 and Friday 25 Dec
const base: SlotQuery = {
  templates: [
    { weekday: 4, starts_at: "10:00", ends_at: "12:00", capacity_orders: 3, capacity_cakes: 2 },
    { weekday: 4, starts_at: "14:00", ends_at: "16:00", capacity_orders: 2, capacity_cakes: null },
    { weekday: 5, starts_at: "10:00", ends_at: "12:00", capacity_orders: 1, capacity_cakes: null },
  ],
  closedDates: new Set(),
  usage: [],
  from: "2026-12-24",
  to: "2026-12-25",
  now: new Date("2026-12-20T00:00:00Z"),
  leadMinutes: 120,
  timeZone: TASHKENT,
  maxOrdersPerSlot: null,
}

describe("slots", () => {
  it("reads a wall-clock time in the shop's zone (Tashkent is UTC+5 all year)", () => {
    expect(shopInstant("2026-12-24", "10:00", TASHKENT).toISOString()).toBe("2026-12-24T05:00:00.000Z")
    expect(shopInstant("2026-07-01", "00:30", TASHKENT).toISOString()).toBe("2026-06-30T19:30:00.000Z")
    expect(shopInstant("2026-03-29", "10:00", "Europe/Berlin").toISOString()).toBe("2026-03-29T08:00:00.000Z") // the day clocks go forward
  })

  it("counts weekdays from Monday and dates across a month's end", () => {
    expect(weekdayOf("2026-12-21")).toBe(1)
    expect(weekdayOf("2026-12-27")).toBe(7)
    expect([isCalendarDate("2028-02-29"), isCalendarDate("2026-02-30"), isCalendarDate("2026-2-3")]).toEqual([true, false, false])
    expect(datesBetween("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"])
  })

  it("lists each weekday's windows in time order with what is left", () => {
    const slots = listSlots({ ...base, usage: [{ date: "2026-12-24", starts_at: "10:00", booked_orders: 1, booked_cakes: 2 }] })
    expect(slots.map((slot) => [slot.date, slot.starts_at, slot.remaining_orders, slot.remaining_cakes, slot.bookable])).toEqual([
      ["2026-12-24", "10:00", 2, 0, false], // no cake capacity left
      ["2026-12-24", "14:00", 2, null, true],
      ["2026-12-25", "10:00", 1, null, true],
    ])
  })

  it("leaves out closed days, caps capacity by the run-time switch, and marks slots inside the lead time", () => {
    const slots = listSlots({ ...base, closedDates: new Set(["2026-12-25"]), maxOrdersPerSlot: 1, now: new Date("2026-12-24T07:30:00Z") })
    // 07:30Z is 12:30 in Tashkent: 10:00 has started, 14:00 is 90 minutes away, inside the 120-minute lead
    expect(slots.map((slot) => [slot.starts_at, slot.capacity_orders, slot.bookable])).toEqual([
      ["10:00", 1, false],
      ["14:00", 1, false],
    ])
    expect(listSlots({ ...base, now: new Date("2026-12-24T06:59:00Z") }).find((slot) => slot.starts_at === "14:00")?.bookable).toBe(true)
  })
})
