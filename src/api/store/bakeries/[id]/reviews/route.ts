import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewBakeryWorkflow } from "../../../../../workflows/storefront/review-bakery"
import type { StoreCreateBakeryReviewType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateBakeryReviewType>, res: MedusaResponse) => {
  const { result } = await reviewBakeryWorkflow(req.scope).run({
    input: { ...req.validatedBody, bakery_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({ review: result.review, bakery: { id: req.params.id, ...result.rating } })
}
