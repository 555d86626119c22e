import { digestSchedule } from "../send-daily-digest"

describe("daily digest schedule", () => {
  it("fires at the configured Tashkent hour on the server's UTC clock, across UTC midnight", () => {
    expect(digestSchedule(21)).toBe("0 16 * * *")
    expect(digestSchedule(5)).toBe("0 0 * * *")
    expect(digestSchedule(2)).toBe("0 21 * * *")
  })
})
