import { isOpenAt, openingHoursSchema, timezoneSchema } from "../opening-hours"

const TASHKENT = "Asia/Tashkent" // UTC+5 all year, no daylight saving time

describe("isOpenAt", () => {
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "08:00", closes: "20:00" }))

  it("uses the bakery's time zone, not the server's", () => {
    // Monday 2026-11-23 03:30 UTC is 08:30 in Tashkent.
    expect(isOpenAt(weekdays, TASHKENT, new Date("2026-11-23T03:30:00Z"))).toBe(true)
    expect(isOpenAt(weekdays, "UTC", new Date("2026-11-23T03:30:00Z"))).toBe(false)
  })

  it("opens on the opening minute and is closed on the closing minute", () => {
    expect(isOpenAt(weekdays, TASHKENT, new Date("2026-11-23T03:00:00Z"))).toBe(true) // 08:00
    expect(isOpenAt(weekdays, TASHKENT, new Date("2026-11-23T02:59:00Z"))).toBe(false) // 07:59
    expect(isOpenAt(weekdays, TASHKENT, new Date("2026-11-23T15:00:00Z"))).toBe(false) // 20:00
  })

  it("is closed on a day without intervals", () => {
    // Saturday 2026-11-28 12:00 in Tashkent.
    expect(isOpenAt(weekdays, TASHKENT, new Date("2026-11-28T07:00:00Z"))).toBe(false)
  })

  it("carries an interval past midnight into the next day, including Sunday into Monday", () => {
    const lateSunday = [{ weekday: 7, opens: "22:00", closes: "02:00" }]
    // Monday 2026-11-23 01:30 Tashkent = Sunday 20:30 UTC.
    expect(isOpenAt(lateSunday, TASHKENT, new Date("2026-11-22T20:30:00Z"))).toBe(true)
    // Monday 02:00 Tashkent: closed.
    expect(isOpenAt(lateSunday, TASHKENT, new Date("2026-11-22T21:00:00Z"))).toBe(false)
    // Sunday 21:59 Tashkent: not yet open.
    expect(isOpenAt(lateSunday, TASHKENT, new Date("2026-11-22T16:59:00Z"))).toBe(false)
  })

  it("treats 00:00-24:00 as the whole day", () => {
    const allMonday = [{ weekday: 1, opens: "00:00", closes: "24:00" }]
    expect(isOpenAt(allMonday, TASHKENT, new Date("2026-11-22T19:00:00Z"))).toBe(true) // Mon 00:00
    expect(isOpenAt(allMonday, TASHKENT, new Date("2026-11-23T18:59:00Z"))).toBe(true) // Mon 23:59
    expect(isOpenAt(allMonday, TASHKENT, new Date("2026-11-23T19:00:00Z"))).toBe(false) // Tue 00:00
  })

  it("is closed when no hours are set", () => {
    expect(isOpenAt(null, TASHKENT, new Date())).toBe(false)
    expect(isOpenAt([], TASHKENT, new Date())).toBe(false)
  })
})

describe("openingHoursSchema", () => {
  it("accepts a usual week", () => {
    expect(openingHoursSchema.safeParse([{ weekday: 1, opens: "08:00", closes: "13:00" }, { weekday: 1, opens: "14:00", closes: "20:00" }]).success).toBe(true)
  })

  it.each([
    [[{ weekday: 8, opens: "08:00", closes: "20:00" }], "weekday"],
    [[{ weekday: 1, opens: "8:00", closes: "20:00" }], "HH:MM"],
    [[{ weekday: 1, opens: "25:00", closes: "20:00" }], "HH:MM"],
    [[{ weekday: 1, opens: "10:00", closes: "10:00" }], "same time"],
    [[{ weekday: 1, opens: "08:00", closes: "14:00" }, { weekday: 1, opens: "13:00", closes: "20:00" }], "overlaps"],
    [[{ weekday: 7, opens: "22:00", closes: "03:00" }, { weekday: 1, opens: "02:00", closes: "09:00" }], "overlaps"],
  ])("refuses %j with a message about %s", (hours, fragment) => {
    const result = openingHoursSchema.safeParse(hours)
    expect(result.success).toBe(false)
    const messages = result.error!.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")
    expect(messages.toLowerCase()).toContain(fragment.toLowerCase())
  })
})

describe("timezoneSchema", () => {
  it("accepts IANA zones and refuses anything else", () => {
    expect(timezoneSchema.safeParse("Asia/Tashkent").success).toBe(true)
    expect(timezoneSchema.safeParse("Asia/Bukhara").success).toBe(false)
    expect(timezoneSchema.safeParse("GMT+5 Tashkent").success).toBe(false)
  })
})
