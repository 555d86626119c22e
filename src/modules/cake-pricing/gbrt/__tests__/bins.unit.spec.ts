import { binIndex, binMatrix, quantileThresholds } from "../bins"

describe("quantileThresholds", () => {
  it("puts a threshold between every pair of neighbouring values when there are fewer values than bins", () => {
    expect(quantileThresholds([3, 1, 2, 2, 5, 1], 64)).toEqual([1.5, 2.5, 4])
  })

  it("returns no threshold for a constant feature", () => {
    expect(quantileThresholds([7, 7, 7], 64)).toEqual([])
  })

  it("cuts many distinct values into bins of equal size", () => {
    const values = Array.from({ length: 1000 }, (_, i) => i)
    const thresholds = quantileThresholds(values, 4)
    expect(thresholds).toEqual([249.5, 499.5, 749.5])
  })

  it("never splits a run of equal values, and keeps at most bins − 1 thresholds", () => {
    const values = [...Array(500).fill(0), ...Array.from({ length: 500 }, (_, i) => i + 1)]
    const thresholds = quantileThresholds(values, 8)
    expect(thresholds.length).toBeLessThanOrEqual(7)
    expect(thresholds[0]).toBe(0.5)
    expect(thresholds.every((threshold) => !Number.isInteger(threshold))).toBe(true)
  })
})

describe("binIndex", () => {
  it("counts the thresholds below a value, so bin <= b exactly when value <= thresholds[b]", () => {
    const thresholds = [1.5, 2.5, 4]
    for (const value of [0, 1.5, 2, 2.5, 3, 4, 4.5]) {
      for (let b = 0; b < thresholds.length; b++) {
        expect(binIndex(thresholds, value) <= b).toBe(value <= thresholds[b])
      }
    }
  })
})

describe("binMatrix", () => {
  it("stores each row's bin codes row by row", () => {
    const binned = binMatrix([[1, 10], [2, 10], [3, 20]], 64)
    expect(binned.thresholds).toEqual([[1.5, 2.5], [15]])
    expect(Array.from(binned.codes)).toEqual([0, 0, 1, 0, 2, 1])
    expect({ rows: binned.rows, features: binned.features }).toEqual({ rows: 3, features: 2 })
  })
})
