import { formatTable, percentile } from "../stats"

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]
    expect(percentile(samples, 50)).toBe(5)
    expect(percentile(samples, 95)).toBe(10)
    expect(percentile(samples, 100)).toBe(10)
  })

  it("gives NaN for no samples instead of a made-up figure", () => {
    expect(percentile([], 50)).toBeNaN()
  })
})

describe("formatTable", () => {
  it("prints one aligned row per step", () => {
    const table = formatTable(new Map([["create cart", [10, 20, 30]], ["total", [100]]]))
    expect(table.split("\n")).toEqual([
      "step         n  p50 ms  p95 ms  max ms",
      "create cart  3    20.0    30.0    30.0",
      "total        1   100.0   100.0   100.0",
    ])
  })
})
