import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { promoteModelVersionStep } from "./steps/promote-model-version"
import { trainModelVersionStep } from "./steps/train-model-version"

/** One training at a time: the weekly job and "retrain now" may meet. Training 10,000 samples takes a few seconds. */
const TRAINING_LOCK = { key: "pricing-model-training", timeout: 60, ttl: 300 }

/**
 * Retraining, from the scheduled job and the admin's "retrain now": a new version is always kept, and promoted only
 * when it beats the baseline and the active version on a time-ordered holdout.
 */
export const trainPricingModelWorkflow = createWorkflow("train-pricing-model", () => {
  acquireLockStep(TRAINING_LOCK)
  const trained = trainModelVersionStep({})
  when("promote-better-version", { trained }, ({ trained }) => trained.promote).then(() => {
    promoteModelVersionStep(transform({ trained }, ({ trained }) => ({ id: trained.id })))
  })
  releaseLockStep({ key: TRAINING_LOCK.key })
  return new WorkflowResponse(trained)
})
