import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BakeryEvents } from "../../modules/bakery/events"
import { createBakeryReviewStep, type CreateBakeryReviewInput } from "./steps/create-bakery-review"
import { refreshBakeryRatingStep } from "./steps/refresh-bakery-rating"
import { validateReviewableOrderStep } from "./steps/validate-reviewable-order"

export type ReviewBakeryWorkflowInput = CreateBakeryReviewInput

/**
 * A customer rates a bakery for one of their delivered or completed orders from it; the bakery's average and count
 * are recomputed in the same run. The bakery's lock serializes reviews of one bakery, so no recomputation reads a
 * stale set of reviews and a second review of the same order answers 409 REVIEW_ALREADY_EXISTS.
 */
export const reviewBakeryWorkflow = createWorkflow("review-bakery", (input: ReviewBakeryWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `bakery-rating:${input.bakery_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  validateReviewableOrderStep(input)
  const review = createBakeryReviewStep(input)
  const rating = refreshBakeryRatingStep({ bakery_id: input.bakery_id })
  const event = transform({ review }, ({ review }) => ({ id: review.id, bakery_id: review.bakery_id }))
  emitEventStep({ eventName: BakeryEvents.REVIEW_CREATED, data: event })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ review, rating })
})
