import { formatOpeningHours, parseOpeningHours } from "../opening-hours-text"

describe("opening hours as text", () => {
  it("writes one sorted line per interval and reads it back", () => {
    const hours = [
      { weekday: 7, opens: "10:00", closes: "16:00" },
      { weekday: 1, opens: "14:00", closes: "20:00" },
      { weekday: 1, opens: "08:00", closes: "12:00" },
    ]
    const text = formatOpeningHours(hours)
    expect(text).toBe("Mon 08:00-12:00\nMon 14:00-20:00\nSun 10:00-16:00")
    expect(parseOpeningHours(text)).toEqual([hours[2], hours[1], hours[0]])
  })

  it("reads any letter case, en dashes, spaces and blank lines", () => {
    expect(parseOpeningHours("\n fri 22:00 – 02:00 \n\n")).toEqual([{ weekday: 5, opens: "22:00", closes: "02:00" }])
  })

  it("names the line it cannot read", () => {
    expect(() => parseOpeningHours("Mon 08:00-20:00\nMonday 9-5")).toThrow(/line 2: write a weekday and times/)
    expect(() => parseOpeningHours("Xyz 08:00-20:00")).toThrow(/line 1/)
  })

  it("writes nothing for a bakery without hours", () => {
    expect(formatOpeningHours(null)).toBe("")
    expect(parseOpeningHours("  \n")).toEqual([])
  })
})
