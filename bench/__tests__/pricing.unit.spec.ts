import { trainGbrt } from "../../src/modules/cake-pricing/gbrt"
import {
  accuracyLines,
  judgeTargets,
  labelled,
  latencyLines,
  type Metrics,
  type PricingFigures,
  quotedPrice,
  targetLines,
} from "../pricing"

const metrics = (mae: number, mape: number, mean_signed_error = 0): Metrics => ({ mae, mape, mean_signed_error, count: 10 })

const passing: PricingFigures = {
  model: metrics(40_000, 4),
  baseline: metrics(170_000, 18),
  fullTrainingMs: 2_500,
  predictionP99Ms: 0.05,
}

const verdicts = (figures: PricingFigures) => judgeTargets(figures).map((target) => target.met)

describe("judgeTargets", () => {
  it("marks every target met when the model wins, trains in 5 s and predicts in 1 ms, at the limits too", () => {
    expect(verdicts(passing)).toEqual([true, true, true])
    expect(verdicts({ ...passing, fullTrainingMs: 5_000, predictionP99Ms: 1 })).toEqual([true, true, true])
  })

  it("needs the model to beat the baseline on both MAE and MAPE", () => {
    expect(verdicts({ ...passing, model: metrics(180_000, 4) })[0]).toBe(false)
    expect(verdicts({ ...passing, model: metrics(40_000, 18) })[0]).toBe(false)
  })

  it("marks training over 5 s and a p99 over 1 ms as not met", () => {
    expect(verdicts({ ...passing, fullTrainingMs: 5_001, predictionP99Ms: 1.001 })).toEqual([true, false, false])
  })

  it("says what was measured against what", () => {
    expect(judgeTargets(passing).map((target) => target.measured)).toEqual([
      "MAE 40,000 vs 170,000 UZS, MAPE 4.0% vs 18.0%",
      "2.50 s",
      "0.050 ms",
    ])
  })
})

describe("report lines", () => {
  it("pads labels to one width so the figures line up", () => {
    expect(labelled([["a", "1"], ["longer", "2"]])).toEqual(["  a       1", "  longer  2"])
  })

  it("prints MAE in whole UZS, MAPE with one decimal and the mean signed error with its sign", () => {
    expect(accuracyLines([["model", metrics(45_943.4, 4.54, -5_849.2)], ["baseline", metrics(1_000, 17.66, 22_575)]]))
      .toEqual([
        "  model     MAE 45,943 UZS  MAPE 4.5%  mean signed error -5,849 UZS",
        "  baseline  MAE 1,000 UZS  MAPE 17.7%  mean signed error +22,575 UZS",
      ])
    expect(accuracyLines([["exact", metrics(0, 0, 0)]])[0]).toMatch(/mean signed error 0 UZS$/)
  })

  it("prints nearest-rank p50, p99 and max in milliseconds with microsecond precision", () => {
    const durations = Array.from({ length: 100 }, (_, index) => (index + 1) / 1000)
    expect(latencyLines([["predictGbrt", durations]])).toEqual(["  predictGbrt  p50 0.050 ms  p99 0.099 ms  max 0.100 ms"])
  })

  it("flags an unmet target so it stands out", () => {
    expect(targetLines([{ goal: "training ≤ 5 s", measured: "6.10 s", met: false }])).toEqual([
      "  NOT MET  training ≤ 5 s: 6.10 s",
    ])
    expect(targetLines([{ goal: "training ≤ 5 s", measured: "2.00 s", met: true }])).toEqual([
      "  met      training ≤ 5 s: 2.00 s",
    ])
  })
})

describe("quotedPrice", () => {
  it("turns the model's log price back into UZS, rounded to whole thousands like the baseline", () => {
    // constant targets: every tree is a zero leaf and the prediction is the mean log price
    const model = trainGbrt([[1], [2], [3]], [Math.log(152_600), Math.log(152_600), Math.log(152_600)], { trees: 2 })
    expect(quotedPrice(model, [2])).toBe(153_000)
  })
})
