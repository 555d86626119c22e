import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendCustomCakeImage } from "../../../../../shared/custom-cake-reads"

/** GET /store/custom-cakes/:id/images/:image_id: one of the customer's own reference photos. */
export const GET = (req: AuthenticatedMedusaRequest, res: MedusaResponse) =>
  sendCustomCakeImage(req, res, { customer_id: req.auth_context.actor_id })
