import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type BakeryModuleService from "../../../modules/bakery/service"
import { reviewAlreadyExists } from "./validate-reviewable-order"

export type CreateBakeryReviewInput = { bakery_id: string; customer_id: string; order_id: string; rating: number; text?: string | null }

export const createBakeryReviewStep = createStep(
  "create-bakery-review",
  async (input: CreateBakeryReviewInput, { container }) => {
    const review = await container
      .resolve<BakeryModuleService>(BAKERY_MODULE)
      .createBakeryReviews({ ...input, text: input.text ?? null })
      .catch((error: unknown) => {
        // The unique index on order_id is the last word when two reviews of one order race past the check.
        if (MedusaError.isMedusaError(error) && /\border_id\b.*already exists/.test(error.message)) {
          throw reviewAlreadyExists(input.order_id)
        }
        throw error
      })
    return new StepResponse(review, review.id)
  },
  async (reviewId, { container }) => {
    if (!reviewId) return
    await container.resolve<BakeryModuleService>(BAKERY_MODULE).deleteBakeryReviews(reviewId)
  }
)
