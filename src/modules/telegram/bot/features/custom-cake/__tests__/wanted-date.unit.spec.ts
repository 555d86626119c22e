import { availableHours, offeredDays, typedDay, wantedAt } from "../wanted-date"

// 2026-03-10 21:30 in Tashkent (16:30 UTC): late evening, the shop's day is still the 10th
const NOW = Date.UTC(2026, 2, 10, 16, 30)

describe("wanted dates in the shop's time (Tashkent, UTC+5)", () => {
  it("puts a wanted hour on the shop's clock", () => {
    expect(wantedAt("2026-03-12", 10).toISOString()).toBe("2026-03-12T05:00:00.000Z")
  })

  it("offers only the hours that leave the lead time, across midnight", () => {
    // 24 h from now is 11 March 21:30 shop time: nothing left that day, everything on the 12th
    expect(availableHours("2026-03-11", NOW, 24)).toEqual([])
    expect(availableHours("2026-03-12", NOW, 24)).toEqual([10, 13, 16, 19])
    expect(availableHours("2026-03-11", NOW, 20)).toEqual([19])
  })

  it("offers the next seven days that have a wanted hour left", () => {
    expect(offeredDays(NOW, 24)).toEqual(["2026-03-12", "2026-03-13", "2026-03-14", "2026-03-15", "2026-03-16", "2026-03-17", "2026-03-18"])
    expect(offeredDays(NOW, 0)[0]).toBe("2026-03-11")
  })

  it("reads a typed day, and refuses impossible, too soon or too far (over 180 days) days", () => {
    expect(typedDay("25.05", NOW, 24)).toBe("2026-05-25")
    expect(typedDay("05/03", NOW, 24)).toBeUndefined()
    expect(typedDay("25.12", NOW, 24)).toBeUndefined()
    expect(typedDay("05.01.2026", Date.UTC(2025, 11, 20), 24)).toBe("2026-01-05")
    expect(typedDay("05.01", Date.UTC(2025, 11, 20), 24)).toBe("2026-01-05")
    expect(typedDay("12.03.2026", NOW, 24)).toBe("2026-03-12")
    expect(typedDay("11.03.2026", NOW, 24)).toBeUndefined()
    expect(typedDay("31.02.2026", NOW, 24)).toBeUndefined()
    expect(typedDay("01.01.2027", NOW, 24)).toBeUndefined()
    expect(typedDay("tomorrow", NOW, 24)).toBeUndefined()
  })
})
