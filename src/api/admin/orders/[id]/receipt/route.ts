import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderReceipt, sendReceiptPdf } from "../../../../shared/order-receipt"
import { generateOrderReceiptWorkflow } from "../../../../../workflows/receipts/generate-order-receipt"
import { adminReceiptView } from "./view"

/** The order's receipt PDF; 404 RECEIPT_NOT_FOUND until the order is paid and its receipt made. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendReceiptPdf(req, res, await orderReceipt(req.scope, req.params.id))
}

/**
 * Renders the receipt again (same number, the customer's current language) or makes it when the subscriber could
 * not; 409 RECEIPT_ORDER_NOT_PAID for an order not paid in full. The customer's Telegram copy is not sent again.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await generateOrderReceiptWorkflow(req.scope).run({ input: { order_id: req.params.id, regenerate: true } })
  res.json({ receipt: adminReceiptView(req.params.id, await orderReceipt(req.scope, req.params.id)) })
}
