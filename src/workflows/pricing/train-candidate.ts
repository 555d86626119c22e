import type { BaselineSettings } from "../../modules/cake-pricing/domain"
import { baselineFromVector, roundTo } from "../../modules/cake-pricing/domain"
import { regressionMetrics, timeOrderedSplit, type GbrtModel } from "../../modules/cake-pricing/gbrt"
import { modelPrice, trainPriceModel } from "../../modules/cake-pricing/price-model"
import type { TrainingSample } from "./training-samples"

export const HOLDOUT_FRACTION = 0.2
export const MIN_TRAINING_SAMPLES = 50

export type CandidateEvaluation = {
  model: GbrtModel
  sample_count: number
  holdout_count: number
  holdout_mae: number
  holdout_mape: number
  baseline_mae: number
  /** The active version's MAE on the same holdout, when there is one. */
  active_mae: number | null
}

/** Trains on the older 80% and scores the candidate, the baseline and the active model on the newest 20%. Pure. */
export function trainCandidate(samples: TrainingSample[], baseline: BaselineSettings, active: GbrtModel | null): CandidateEvaluation {
  const { train, holdout } = timeOrderedSplit(samples, HOLDOUT_FRACTION)
  const model = trainPriceModel(
    train.map((sample) => sample.vector),
    train.map((sample) => sample.price)
  )
  const actual = holdout.map((sample) => sample.price)
  const score = (predict: (vector: number[]) => number) => regressionMetrics(actual, holdout.map((sample) => predict(sample.vector)))
  // Scored as quoted: rounded to the price list's step, like the baseline.
  const quote = (trained: GbrtModel) => (vector: number[]) => roundTo(modelPrice(trained, vector), baseline.round_to)
  const candidate = score(quote(model))
  return {
    model,
    sample_count: train.length,
    holdout_count: holdout.length,
    holdout_mae: candidate.mae,
    holdout_mape: candidate.mape,
    baseline_mae: score((vector) => baselineFromVector(vector, baseline)).mae,
    active_mae: active ? score(quote(active)).mae : null,
  }
}

/** Promoted only when it beats the baseline and the active version on the same holdout. */
export function promotionDecision(evaluation: CandidateEvaluation): { promote: boolean; decision: string } {
  const mae = Math.round(evaluation.holdout_mae)
  if (evaluation.holdout_mae >= evaluation.baseline_mae) {
    return { promote: false, decision: `Kept, not used: MAE ${mae} UZS does not beat the baseline's ${Math.round(evaluation.baseline_mae)} UZS` }
  }
  if (evaluation.active_mae !== null && evaluation.holdout_mae >= evaluation.active_mae) {
    return { promote: false, decision: `Kept, not used: MAE ${mae} UZS does not beat the active version's ${Math.round(evaluation.active_mae)} UZS` }
  }
  const bar = evaluation.active_mae === null ? `the baseline's ${Math.round(evaluation.baseline_mae)}` : `the active version's ${Math.round(evaluation.active_mae)}`
  return { promote: true, decision: `Promoted: MAE ${mae} UZS beats ${bar} UZS` }
}
