import { addDays, isRangeValid, periodsOf, RANGE_PRESETS, shopToday } from "../range"

const rangeOf = (id: string, today: string) => RANGE_PRESETS.find((preset) => preset.id === id)!.range(today)

describe("report ranges", () => {
  it("counts today in Tashkent: 19:30 UTC is already the next day there", () => {
    expect(shopToday(new Date("2026-03-31T19:30:00Z"))).toBe("2026-04-01")
    expect(shopToday(new Date("2026-03-31T18:59:00Z"))).toBe("2026-03-31")
  })

  it("gives the presets as whole calendar days ending today, across month and year ends", () => {
    expect(rangeOf("today", "2026-03-01")).toEqual({ from: "2026-03-01", to: "2026-03-01" })
    expect(rangeOf("7d", "2026-03-01")).toEqual({ from: "2026-02-23", to: "2026-03-01" })
    expect(rangeOf("30d", "2026-01-10")).toEqual({ from: "2025-12-12", to: "2026-01-10" })
    expect(rangeOf("month", "2026-02-28")).toEqual({ from: "2026-02-01", to: "2026-02-28" })
    expect(rangeOf("12m", "2026-01-31")).toEqual({ from: "2025-02-01", to: "2026-01-31" })
  })

  it("adds days over a leap day", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29")
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29")
  })

  it("refuses a range that ends before it starts or is not two dates", () => {
    expect(isRangeValid({ from: "2026-03-02", to: "2026-03-01" })).toBe(false)
    expect(isRangeValid({ from: "", to: "2026-03-01" })).toBe(false)
    expect(isRangeValid({ from: "2026-03-01", to: "2026-03-01" })).toBe(true)
  })

  it("lists every period of a range, weeks named by their Monday", () => {
    expect(periodsOf({ from: "2026-11-08", to: "2026-11-17" }, "week")).toEqual(["2026-11-02", "2026-11-09", "2026-11-16"])
    expect(periodsOf({ from: "2026-11-30", to: "2026-12-01" }, "day")).toEqual(["2026-11-30", "2026-12-01"])
    expect(periodsOf({ from: "2026-11-30", to: "2027-01-01" }, "month")).toEqual(["2026-11", "2026-12", "2027-01"])
  })
})
