/*
 * Cake pricing model (`npm run bench -- pricing`), no server or database needed: generates 10,000 synthetic cake
 * orders with a fixed seed, trains the gradient-boosted model on the oldest 80% (log prices, DEFAULT_GBRT) and
 * compares it with the cost-plus baseline on the newest 20%. Also times training (8,000 and all 10,000 samples, from
 * samples to model) and single predictions, then marks each target met or not met.
 */
import {
  baselineFromVector,
  type CakeSample,
  DEFAULT_BASELINE,
  DEMO_INGREDIENTS,
  featureVector,
  generateCakeSamples,
  roundTo,
} from "../src/modules/cake-pricing/domain"
import {
  DEFAULT_GBRT,
  type GbrtModel,
  predictGbrt,
  regressionMetrics,
  timeOrderedSplit,
} from "../src/modules/cake-pricing/gbrt"
import { modelPrice, trainPriceModel } from "../src/modules/cake-pricing/price-model"
import { percentile } from "./stats"

const SAMPLE_COUNT = 10_000
const SEED = 42
// A fixed "now" keeps the generated samples, and so every accuracy figure, the same from run to run.
const NOW = new Date("2026-01-01T00:00:00Z")
const HOLDOUT_FRACTION = 0.2
const PREDICTION_CALLS = 10_000
const TRAINING_BUDGET_MS = 5_000
const PREDICTION_BUDGET_MS = 1

export type Metrics = ReturnType<typeof regressionMetrics>
export type Target = { goal: string; measured: string; met: boolean }
export type PricingFigures = {
  model: Metrics
  baseline: Metrics
  /** From samples to model: feature vectors, log prices and trainGbrt on all SAMPLE_COUNT samples. */
  fullTrainingMs: number
  /** featureVector + predictGbrt, as a price request pays both. */
  predictionP99Ms: number
}

// Intl's format is bound to its formatter, so it can be passed around alone.
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format
const signedWhole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0, signDisplay: "exceptZero" }).format

/** Lines with their labels padded to one width, so the figures after them line up. */
export function labelled(rows: [label: string, figures: string][]): string[] {
  const width = Math.max(...rows.map(([label]) => label.length))
  return rows.map(([label, figures]) => `  ${label.padEnd(width)}  ${figures}`)
}

export function accuracyLines(rows: [label: string, metrics: Metrics][]): string[] {
  return labelled(
    rows.map(([label, metrics]) => [
      label,
      `MAE ${whole(metrics.mae)} UZS  MAPE ${metrics.mape.toFixed(1)}%  ` +
        `mean signed error ${signedWhole(metrics.mean_signed_error)} UZS`,
    ])
  )
}

/** Sub-millisecond calls need microseconds, hence three decimals. */
export function latencyLines(rows: [label: string, durationsMs: number[]][]): string[] {
  return labelled(
    rows.map(([label, durations]) => [
      label,
      [50, 99, 100].map((p) => `${p === 100 ? "max" : `p${p}`} ${percentile(durations, p).toFixed(3)} ms`).join("  "),
    ])
  )
}

/** The model has to beat the baseline on both MAE and MAPE; a win on one alone is a trade, not an improvement. */
export function judgeTargets(figures: PricingFigures): Target[] {
  const { model, baseline, fullTrainingMs, predictionP99Ms } = figures
  return [
    {
      goal: "trained model beats the baseline (lower MAE and MAPE)",
      measured:
        `MAE ${whole(model.mae)} vs ${whole(baseline.mae)} UZS, ` +
        `MAPE ${model.mape.toFixed(1)}% vs ${baseline.mape.toFixed(1)}%`,
      met: model.mae < baseline.mae && model.mape < baseline.mape,
    },
    {
      goal: `training on ${whole(SAMPLE_COUNT)} samples ≤ ${TRAINING_BUDGET_MS / 1000} s`,
      measured: `${(fullTrainingMs / 1000).toFixed(2)} s`,
      met: fullTrainingMs <= TRAINING_BUDGET_MS,
    },
    {
      goal: `prediction ≤ ${PREDICTION_BUDGET_MS} ms (p99 of featureVector + predictGbrt)`,
      measured: `${predictionP99Ms.toFixed(3)} ms`,
      met: predictionP99Ms <= PREDICTION_BUDGET_MS,
    },
  ]
}

export function targetLines(targets: Target[]): string[] {
  return targets.map((target) => `  ${target.met ? "met    " : "NOT MET"}  ${target.goal}: ${target.measured}`)
}

/** Prices are learned as log(price) (see trainGbrt) and quoted like the baseline, in whole thousands. */
export function quotedPrice(model: GbrtModel, vector: number[]): number {
  return roundTo(modelPrice(model, vector), DEFAULT_BASELINE.round_to)
}

const vectorOf = (sample: CakeSample) => featureVector(sample.features, DEMO_INGREDIENTS)

function trainOn(samples: CakeSample[]): GbrtModel {
  return trainPriceModel(samples.map(vectorOf), samples.map((sample) => sample.price))
}

function timed<T>(work: () => T): { result: T; ms: number } {
  const started = performance.now()
  const result = work()
  return { result, ms: performance.now() - started }
}

function latencies(calls: number, work: (call: number) => unknown): number[] {
  return Array.from({ length: calls }, (_, call) => timed(() => work(call)).ms)
}

export async function main(): Promise<void> {
  const samples = generateCakeSamples(SAMPLE_COUNT, SEED, { now: NOW })
  const { train, holdout } = timeOrderedSplit(samples, HOLDOUT_FRACTION)
  const actual = holdout.map((sample) => sample.price)
  const meanPrice = actual.reduce((sum, price) => sum + price, 0) / actual.length
  console.log(
    `pricing bench: ${whole(samples.length)} generated cakes (seed ${SEED}), ` +
      `trained on the oldest ${whole(train.length)}, held out the newest ${whole(holdout.length)} ` +
      `(mean price ${whole(meanPrice)} UZS)`
  )

  const { result: fitted, ms: trainMs } = timed(() => trainOn(train))
  const { ms: fullTrainMs } = timed(() => trainOn(samples))
  const holdoutVectors = holdout.map(vectorOf)
  const model = regressionMetrics(actual, holdoutVectors.map((vector) => quotedPrice(fitted, vector)))
  const baseline = regressionMetrics(actual, holdoutVectors.map((vector) => baselineFromVector(vector)))

  // The holdout predictions above already warmed predictGbrt and featureVector up; these time the steady state.
  const cycled = <T>(rows: T[], call: number) => rows[call % rows.length]
  const predictOnly = latencies(PREDICTION_CALLS, (call) => predictGbrt(fitted, cycled(holdoutVectors, call)))
  const withFeatures = latencies(PREDICTION_CALLS, (call) => predictGbrt(fitted, vectorOf(cycled(holdout, call))))

  const { trees, max_depth } = DEFAULT_GBRT
  const sections: [heading: string, lines: string[]][] = [
    [
      `accuracy on the ${whole(holdout.length)} held-out cakes (model trained on ${whole(train.length)})`,
      accuracyLines([["trained model", model], ["cost-plus baseline", baseline]]),
    ],
    [
      `training time, samples to model (feature vectors, log prices, trainGbrt: ${trees} trees, depth ${max_depth})`,
      labelled([
        [`${whole(train.length)} samples (the model above)`, `${trainMs.toFixed(0)} ms`],
        [`${whole(samples.length)} samples (all)`, `${fullTrainMs.toFixed(0)} ms`],
      ]),
    ],
    [
      `prediction latency, ${whole(PREDICTION_CALLS)} single calls each, over the held-out cakes`,
      latencyLines([["predictGbrt", predictOnly], ["featureVector + predictGbrt", withFeatures]]),
    ],
    [
      "targets",
      targetLines(
        judgeTargets({ model, baseline, fullTrainingMs: fullTrainMs, predictionP99Ms: percentile(withFeatures, 99) })
      ),
    ],
  ]
  for (const [heading, lines] of sections) console.log(`\n${heading}\n${lines.join("\n")}`)
}
