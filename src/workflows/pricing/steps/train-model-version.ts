import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CAKE_PRICING_MODULE } from "../../../modules/cake-pricing"
import { FEATURE_NAMES } from "../../../modules/cake-pricing/domain"
import type CakePricingModuleService from "../../../modules/cake-pricing/service"
import { loadPricingContext } from "../pricing-context"
import { MIN_TRAINING_SAMPLES, promotionDecision, trainCandidate } from "../train-candidate"
import { collectTrainingSet } from "../training-samples"

export type TrainedVersion = { id: string; promote: boolean; decision: string; real_count: number; synthetic_count: number }

/** Trains a candidate on the logged (and, while they are few, generated) prices and stores it as a CANDIDATE. */
export const trainModelVersionStep = createStep(
  "train-model-version",
  async (_input: Record<string, never>, { container }) => {
    const set = await collectTrainingSet(container)
    if (set.samples.length < MIN_TRAINING_SAMPLES) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Training needs at least ${MIN_TRAINING_SAMPLES} prices; there are ${set.samples.length}`)
    }
    const context = await loadPricingContext(container)
    const evaluation = trainCandidate(set.samples, context.baseline, context.active?.model ?? null)
    const { promote, decision } = promotionDecision(evaluation)
    const { model, active_mae: _activeMae, ...metrics } = evaluation
    const version = await container.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE).createPricingModelVersions({
      ...metrics,
      model: model as unknown as Record<string, unknown>,
      feature_names: [...FEATURE_NAMES],
      status: "CANDIDATE",
      decision,
      trained_at: new Date(),
    })
    const trained: TrainedVersion = { id: version.id, promote, decision, real_count: set.real_count, synthetic_count: set.synthetic_count }
    return new StepResponse(trained, version.id)
  },
  async (versionId, { container }) => {
    if (!versionId) return
    await container.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE).deletePricingModelVersions(versionId)
  }
)
