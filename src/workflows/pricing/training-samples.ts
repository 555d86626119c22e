import type { MedusaContainer } from "@medusajs/framework/types"
import { readEnv } from "../../config/env"
import { CAKE_PRICING_MODULE } from "../../modules/cake-pricing"
import { DEMO_INGREDIENTS, FEATURE_NAMES, featureVector, generateCakeSamples } from "../../modules/cake-pricing/domain"
import type CakePricingModuleService from "../../modules/cake-pricing/service"

export type TrainingSample = { vector: number[]; price: number; at: Date; synthetic: boolean }
export type TrainingSet = { samples: TrainingSample[]; real_count: number; synthetic_count: number }

/** Generated samples are deterministic, so two trainings on the same real data compare like with like. */
const SYNTHETIC_SEED = 20261122

/**
 * Every price staff finally set after a suggestion, oldest first, as the vector the model saw then. Below
 * PRICING_MIN_REAL_SAMPLES, generated samples dated before the oldest real one fill up the set, so the time-ordered
 * holdout always tests on the newest (real, when there are any) prices.
 */
export async function collectTrainingSet(container: MedusaContainer): Promise<TrainingSet> {
  const { PRICING_MIN_REAL_SAMPLES } = readEnv()
  const logged = await container.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE).listPricePredictions(
    { final_price: { $ne: null } },
    { select: ["vector", "final_price", "finalized_at"], order: { finalized_at: "ASC" }, take: null }
  )
  const real: TrainingSample[] = logged
    .filter((row) => Array.isArray(row.vector) && (row.vector as unknown[]).length === FEATURE_NAMES.length)
    .map((row) => ({ vector: row.vector as unknown as number[], price: row.final_price!, at: new Date(row.finalized_at!), synthetic: false }))
  const missing = Math.max(0, PRICING_MIN_REAL_SAMPLES - real.length)
  const syntheticCount = missing ? Math.max(missing, 2_000) : 0
  const before = real[0]?.at ?? new Date()
  const synthetic: TrainingSample[] = generateCakeSamples(syntheticCount, SYNTHETIC_SEED, { now: new Date(before.getTime() - 1) }).map(
    (sample) => ({ vector: featureVector(sample.features, DEMO_INGREDIENTS), price: sample.price, at: sample.created_at, synthetic: true })
  )
  return { samples: [...synthetic, ...real], real_count: real.length, synthetic_count: synthetic.length }
}
