import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderReceipt, sendReceiptPdf } from "../../../../shared/order-receipt"

/** The receipt PDF of one of the logged-in customer's orders; 404 RECEIPT_NOT_FOUND for anyone else's. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const receipt = await orderReceipt(req.scope, req.params.id, req.auth_context.actor_id)
  await sendReceiptPdf(req, res, receipt)
}
