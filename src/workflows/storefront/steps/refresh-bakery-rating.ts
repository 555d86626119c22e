import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type BakeryModuleService from "../../../modules/bakery/service"

/**
 * Recomputes a bakery's rating from all its reviews rather than adjusting the stored average, so the figures stay
 * exactly consistent with the reviews. Callers hold the bakery's rating lock.
 */
export const refreshBakeryRatingStep = createStep(
  "refresh-bakery-rating",
  async ({ bakery_id }: { bakery_id: string }, { container }) => {
    const bakeryModule = container.resolve<BakeryModuleService>(BAKERY_MODULE)
    const [before] = await bakeryModule.listBakeries({ id: bakery_id }, { select: ["id", "rating_average", "rating_count"] })
    const reviews = await bakeryModule.listBakeryReviews({ bakery_id }, { select: ["rating"] })
    const sum = reviews.reduce((total, review) => total + review.rating, 0)
    const rating_average = reviews.length ? Math.round((sum / reviews.length) * 100) / 100 : 0
    const after = await bakeryModule.updateBakeries({ id: bakery_id, rating_average, rating_count: reviews.length })
    return new StepResponse(
      { rating_average: after.rating_average, rating_count: after.rating_count },
      { id: bakery_id, rating_average: before.rating_average, rating_count: before.rating_count }
    )
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<BakeryModuleService>(BAKERY_MODULE).updateBakeries(before)
  }
)
