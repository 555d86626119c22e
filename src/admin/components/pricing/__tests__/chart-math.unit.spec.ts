import { linearScale, niceTicks, weekWindow } from "../chart-math"

describe("the accuracy chart's window", () => {
  it("starts on the Monday 00:00 UTC eleven weeks before the current week and ends now", () => {
    const now = new Date("2025-06-12T15:30:00Z") // a Thursday
    const { from, to, weekStarts } = weekWindow(now, 12)
    expect(from).toBe("2025-03-24T00:00:00.000Z")
    expect(to).toBe(now.toISOString())
    expect(weekStarts).toHaveLength(12)
    expect(new Date(weekStarts[11]).toISOString()).toBe("2025-06-09T00:00:00.000Z")
  })

  it("counts a Sunday as the end of its week and a Monday at midnight as the start of a new one", () => {
    expect(weekWindow(new Date("2025-06-15T23:59:59Z"), 1).from).toBe("2025-06-09T00:00:00.000Z")
    expect(weekWindow(new Date("2025-06-16T00:00:00Z"), 1).from).toBe("2025-06-16T00:00:00.000Z")
  })
})

describe("the chart's scales", () => {
  it("maps a domain linearly onto a reversed range, as an SVG y axis is", () => {
    const y = linearScale([-100, 300], [200, 0])
    expect(y(-100)).toBe(200)
    expect(y(0)).toBe(150)
    expect(y(300)).toBe(0)
  })

  it("puts every value of an empty domain in the middle of the range", () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50)
  })

  it("picks round steps that cover the values and include zero between them", () => {
    expect(niceTicks(0, 87_400, 4)).toEqual([0, 20_000, 40_000, 60_000, 80_000, 100_000])
    expect(niceTicks(0, 1_900_000, 4)).toEqual([0, 500_000, 1_000_000, 1_500_000, 2_000_000])
    expect(niceTicks(-12_300, 45_000, 4)).toEqual([-20_000, 0, 20_000, 40_000, 60_000])
    expect(niceTicks(0.1, 0.7, 3)).toEqual([0, 0.2, 0.4, 0.6, 0.8])
  })

  it("widens a single value into a range around it", () => {
    expect(niceTicks(0, 0, 4)).toEqual([-1, -0.5, 0, 0.5, 1])
  })
})
