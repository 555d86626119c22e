import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listSellerSlots } from "../../../workflows/scheduling/list-seller-slots"
import type { StoreListSlotsQueryType } from "../../store/slots/validators"

/**
 * GET /admin/slots?seller=&type=&from=&to=: what GET /store/slots answers, for the admin's preview (no publishable
 * key). A cart's rules (`cart_id`) are the storefront's concern and ignored here.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListSlotsQueryType>, res: MedusaResponse) => {
  const { seller, type, from, to } = req.validatedQuery
  res.json(await listSellerSlots(req.scope, { seller, type, from, to }))
}
