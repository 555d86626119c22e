import { seededRandom } from "../../domain/random"
import { DEFAULT_GBRT, type GbrtModel, predictGbrt, trainGbrt } from "../boosting"
import { regressionMetrics } from "../metrics"
import { GbrtInputError } from "../validate"

/** y = 3·x0² + 10·[x1 > 0.5] + uniform noise in ±0.5, with a third feature that carries no signal. */
function samples(count: number, seed: number) {
  const random = seededRandom(seed)
  const X = Array.from({ length: count }, () => [random(), random(), random()])
  const y = X.map(([x0, x1]) => 3 * x0 * x0 + (x1 > 0.5 ? 10 : 0) + (random() - 0.5))
  return { X, y }
}

/** Ordinary least squares with an intercept, by the normal equations (Gauss–Jordan on a tiny system). */
function linearFit(X: number[][], y: number[]): (x: number[]) => number {
  const rows = X.map((x) => [1, ...x])
  const size = rows[0].length
  const system = Array.from({ length: size }, (_, i) => [
    ...Array.from({ length: size }, (_, j) => rows.reduce((sum, row) => sum + row[i] * row[j], 0)),
    rows.reduce((sum, row, k) => sum + row[i] * y[k], 0),
  ])
  for (let pivot = 0; pivot < size; pivot++) {
    for (let r = 0; r < size; r++) {
      if (r === pivot) continue
      const factor = system[r][pivot] / system[pivot][pivot]
      for (let c = pivot; c <= size; c++) system[r][c] -= factor * system[pivot][c]
    }
  }
  const weights = system.map((row, i) => row[size] / row[i])
  return (x) => weights[0] + x.reduce((sum, value, i) => sum + value * weights[i + 1], 0)
}

describe("trainGbrt and predictGbrt", () => {
  const train = samples(1500, 1)
  const holdout = samples(500, 2)
  const model = trainGbrt(train.X, train.y)

  it("fits a non-linear function far better than a constant or a linear fit on held-out rows", () => {
    const mean = train.y.reduce((sum, value) => sum + value, 0) / train.y.length
    const line = linearFit(train.X, train.y)
    const mae = (predict: (x: number[]) => number) => regressionMetrics(holdout.y, holdout.X.map(predict)).mae
    const boosted = mae((x) => predictGbrt(model, x))
    // the noise alone costs an MAE of 0.25
    expect(boosted).toBeLessThan(0.4)
    expect(boosted).toBeLessThan(mae(() => mean) / 10)
    expect(boosted).toBeLessThan(mae(line) / 3)
  })

  it("predicts identically after a JSON round trip", () => {
    const restored: GbrtModel = JSON.parse(JSON.stringify(model))
    for (const x of holdout.X) expect(predictGbrt(restored, x)).toBe(predictGbrt(model, x))
  })

  it("records the resolved parameters, the feature count and the mean target as its base", () => {
    expect(model).toMatchObject({ kind: "gbrt", version: 1, params: DEFAULT_GBRT, feature_count: 3 })
    expect(model.base).toBeCloseTo(train.y.reduce((sum, value) => sum + value, 0) / train.y.length, 10)
    expect(model.trees).toHaveLength(DEFAULT_GBRT.trees)
  })

  it("trains the same model for the same seed and a different one for another seed", () => {
    const params = { trees: 20, subsample: 0.5 }
    const first = JSON.stringify(trainGbrt(train.X, train.y, { ...params, seed: 5 }))
    expect(JSON.stringify(trainGbrt(train.X, train.y, { ...params, seed: 5 }))).toBe(first)
    expect(JSON.stringify(trainGbrt(train.X, train.y, { ...params, seed: 6 }))).not.toBe(first)
  })

  it("uses the defaults for parameters left out or undefined and keeps no unknown ones", () => {
    const trained = trainGbrt([[1], [2]], [1, 2], { trees: 2, l2: undefined, extra: 1 } as never)
    expect(trained.params).toEqual({ ...DEFAULT_GBRT, trees: 2 })
  })

  it("predicts the target itself for a constant target", () => {
    const constant = trainGbrt(train.X.slice(0, 50), Array(50).fill(42), { trees: 5 })
    expect(predictGbrt(constant, holdout.X[0])).toBe(42)
  })

  it("shrinks the fit with a small learning rate and few trees", () => {
    const weak = trainGbrt(train.X, train.y, { trees: 1, learning_rate: 0.1, subsample: 1 })
    const strong = trainGbrt(train.X, train.y, { trees: 1, learning_rate: 1, subsample: 1 })
    const x = [0.9, 0.9, 0.5]
    expect(predictGbrt(weak, x) - weak.base).toBeCloseTo((predictGbrt(strong, x) - strong.base) * 0.1, 10)
  })
})

describe("input validation", () => {
  const error = (run: () => unknown) => {
    try {
      run()
    } catch (caught) {
      expect(caught).toBeInstanceOf(GbrtInputError)
      return (caught as Error).message
    }
    throw new Error("expected a GbrtInputError")
  }

  it("refuses empty data, ragged rows and rows without features", () => {
    expect(error(() => trainGbrt([], []))).toMatch(/X must have at least one row/)
    expect(error(() => trainGbrt([[]], [1]))).toMatch(/X\[0\] must be a non-empty array/)
    expect(error(() => trainGbrt([[1, 2], [3]], [1, 2]))).toMatch(/X\[1\] has 1 values; every row needs 2/)
  })

  it("names the cell or target that is not a finite number", () => {
    expect(error(() => trainGbrt([[1, 2], [3, NaN]], [1, 2]))).toMatch(/X\[1\]\[1\] is NaN/)
    expect(error(() => trainGbrt([[1], [2]], [1, Infinity]))).toMatch(/y\[1\] is Infinity/)
    expect(error(() => trainGbrt([[1], [2]], [1, "2" as never]))).toMatch(/y\[1\] is 2; values must be finite/)
  })

  it("refuses a target whose length differs from the rows", () => {
    expect(error(() => trainGbrt([[1], [2]], [1]))).toMatch(/y has 1 values but X has 2 rows/)
  })

  it.each([
    [{ trees: 0 }, /trees must be an integer ≥ 1, got 0/],
    [{ learning_rate: 0 }, /learning_rate must be in \(0, 1\]/],
    [{ max_depth: 2.5 }, /max_depth must be an integer/],
    [{ min_samples_leaf: 0 }, /min_samples_leaf must be an integer ≥ 1/],
    [{ l2: -1 }, /l2 must be a finite number ≥ 0/],
    [{ subsample: 1.5 }, /subsample must be in \(0, 1\]/],
    [{ seed: 0.5 }, /seed must be an integer/],
    [{ bins: 300 }, /bins must be an integer from 2 to 256/],
  ])("refuses the parameter %j", (params, message) => {
    expect(error(() => trainGbrt([[1], [2]], [1, 2], params))).toMatch(message)
  })

  it("refuses a prediction input of the wrong length or with a non-finite value, and a foreign model", () => {
    const model = trainGbrt([[1, 2], [3, 4]], [1, 2], { trees: 1 })
    expect(error(() => predictGbrt(model, [1]))).toMatch(/x must have 2 features, got 1/)
    expect(error(() => predictGbrt(model, [1, NaN]))).toMatch(/x\[1\] is NaN/)
    expect(error(() => predictGbrt({ ...model, version: 2 } as never, [1, 2]))).toMatch(/not a version 1 gbrt model/)
  })
})
