import { regressionMetrics, timeOrderedSplit } from "../metrics"
import { GbrtInputError } from "../validate"

describe("timeOrderedSplit", () => {
  const rows = ["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10"]

  it("holds out the newest rows and keeps both parts in time order", () => {
    expect(timeOrderedSplit(rows, 0.2)).toEqual({ train: rows.slice(0, 8), holdout: ["d9", "d10"] })
  })

  it("rounds the holdout size to the nearest row", () => {
    expect(timeOrderedSplit(["a", "b", "c"], 0.2).holdout).toEqual(["c"])
    expect(timeOrderedSplit(["a", "b", "c"], 0.1).holdout).toEqual([])
    expect(timeOrderedSplit(rows, 0.3).holdout).toEqual(["d8", "d9", "d10"])
  })

  it("allows no holdout or all holdout at the ends and leaves the input alone", () => {
    expect(timeOrderedSplit(rows, 0)).toEqual({ train: rows, holdout: [] })
    expect(timeOrderedSplit(rows, 1)).toEqual({ train: [], holdout: rows })
    expect(rows).toHaveLength(10)
  })

  it.each([-0.1, 1.1, NaN])("refuses the fraction %p", (fraction) => {
    expect(() => timeOrderedSplit(rows, fraction)).toThrow(GbrtInputError)
  })
})

describe("regressionMetrics", () => {
  it("computes MAE, MAPE in percent and mean signed error (predicted − actual) by hand", () => {
    // errors +10, −20, 0 on 100, 200, 400: |e| 10, 20, 0; |e|/actual 10%, 10%, 0%
    const metrics = regressionMetrics([100, 200, 400], [110, 180, 400])
    expect(metrics.mae).toBe(10)
    expect(metrics.mape).toBeCloseTo(20 / 3, 12)
    expect(metrics.mean_signed_error).toBeCloseTo(-10 / 3, 12)
    expect(metrics.count).toBe(3)
  })

  it("reports over-pricing as a positive mean signed error", () => {
    expect(regressionMetrics([100_000, 200_000], [120_000, 210_000]).mean_signed_error).toBe(15_000)
  })

  it("is zero for perfect predictions", () => {
    expect(regressionMetrics([5, 7], [5, 7])).toEqual({ mae: 0, mape: 0, mean_signed_error: 0, count: 2 })
  })

  it("refuses mismatched lengths, no values, a zero actual value and non-finite numbers", () => {
    expect(() => regressionMetrics([1, 2], [1])).toThrow(/actual has 2 values but predicted has 1/)
    expect(() => regressionMetrics([], [])).toThrow(/at least one value/)
    expect(() => regressionMetrics([0, 1], [1, 1])).toThrow(/actual\[0\] is 0/)
    expect(() => regressionMetrics([1, 2], [1, NaN])).toThrow(/predicted\[1\] is NaN/)
  })
})
