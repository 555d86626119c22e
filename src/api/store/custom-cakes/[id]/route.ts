import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customCakeDetail } from "../../../shared/custom-cake-reads"

/** GET /store/custom-cakes/:id: one of the customer's own requests (another customer's answers 404). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ custom_cake: await customCakeDetail(req, req.params.id, { customer_id: req.auth_context.actor_id }, "store") })
}
