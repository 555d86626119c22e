import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ReceiptErrorCodes } from "../../modules/receipt/error-codes"
import { formatReceiptNumber } from "../../workflows/receipts/receipt-number"
import { receiptFileName } from "../../workflows/receipts/receipt-lock"
import { sendPrivateFile } from "./private-file"

export type StoredReceipt = {
  id: string
  number: number
  language: string
  file_id: string | null
  generated_at: Date | string | null
  sent_to_telegram_at: Date | string | null
}

export const RECEIPT_FIELDS = ["receipt.id", "receipt.number", "receipt.language", "receipt.file_id", "receipt.generated_at", "receipt.sent_to_telegram_at"]

/**
 * The order's receipt with its PDF; with `customerId`, only when the order is that customer's. Anything else is 404
 * RECEIPT_NOT_FOUND, so nobody learns whether another customer's order exists.
 */
export async function orderReceipt(scope: MedusaContainer, orderId: string, customerId?: string): Promise<StoredReceipt> {
  const filters = customerId ? { id: orderId, customer_id: customerId } : { id: orderId }
  const { data: [order] } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", ...RECEIPT_FIELDS], filters })
  const receipt = order?.receipt as StoredReceipt | null | undefined
  if (!receipt?.file_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${orderId} has no receipt you can see; receipts come once an order is paid.`,
      ReceiptErrorCodes.RECEIPT_NOT_FOUND
    )
  }
  return receipt
}

/** The receipt's private PDF to someone already authorised (a presigned redirect on S3, the bytes on local storage). */
export const sendReceiptPdf = (req: MedusaRequest, res: MedusaResponse, receipt: StoredReceipt) =>
  sendPrivateFile(req, res, { file_id: receipt.file_id!, mime_type: "application/pdf", filename: receiptFileName(formatReceiptNumber(receipt.number)) })
