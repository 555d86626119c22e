import { promotionDecision, type CandidateEvaluation } from "../train-candidate"

const evaluation = (holdout_mae: number, baseline_mae: number, active_mae: number | null): CandidateEvaluation => ({
  model: {} as CandidateEvaluation["model"],
  sample_count: 800,
  holdout_count: 200,
  holdout_mae,
  holdout_mape: 10,
  baseline_mae,
  active_mae,
})

describe("promotionDecision", () => {
  it("promotes a first model that beats the baseline", () => {
    expect(promotionDecision(evaluation(30_000, 50_000, null))).toEqual({ promote: true, decision: "Promoted: MAE 30000 UZS beats the baseline's 50000 UZS" })
  })

  it("keeps without using a model that does not beat the baseline, even with no active version", () => {
    expect(promotionDecision(evaluation(50_000, 50_000, null))).toMatchObject({ promote: false, decision: expect.stringMatching(/baseline's 50000/) })
  })

  it("promotes over the active version only when strictly better on the same holdout", () => {
    expect(promotionDecision(evaluation(30_000, 50_000, 30_000))).toMatchObject({ promote: false, decision: expect.stringMatching(/active version's 30000/) })
    expect(promotionDecision(evaluation(29_000, 50_000, 30_000))).toMatchObject({ promote: true, decision: expect.stringMatching(/active version's 30000/) })
  })
})
