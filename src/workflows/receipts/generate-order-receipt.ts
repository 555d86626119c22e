import { acquireLockStep, createRemoteLinkStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RECEIPT_MODULE } from "../../modules/receipt"
import { RECEIPT_LOCK, receiptLockKey } from "./receipt-lock"
import { attachReceiptFileStep } from "./steps/attach-receipt-file"
import { deleteReplacedReceiptFileStep } from "./steps/delete-replaced-receipt-file"
import { findReceiptOrderStep } from "./steps/find-receipt-order"
import { readReceiptContentStep } from "./steps/read-receipt-content"
import { sendReceiptToTelegramStep } from "./steps/send-receipt-to-telegram"
import { storeReceiptPdfStep } from "./steps/store-receipt-pdf"
import { takeReceiptNumberStep } from "./steps/take-receipt-number"

export type GenerateOrderReceiptInput = {
  /** The order, or a captured payment whose order it is. */
  order_id?: string
  payment_id?: string
  /** Staff asked for a new PDF: re-rendered with the same number (in the customer's current language). */
  regenerate?: boolean
}

/**
 * The receipt of a paid order: a number taken once (a second run, concurrent or redelivered, finds it), a PDF in the
 * customer's language stored privately and linked to the order, and the PDF sent to the customer's Telegram chat
 * once. An order that is not paid in full gets nothing (staff regenerating one get 409 RECEIPT_ORDER_NOT_PAID).
 * Steps skip themselves when there is nothing to do, so every run takes the same path.
 */
export const generateOrderReceiptWorkflow = createWorkflow("generate-order-receipt", (input: GenerateOrderReceiptInput) => {
  const orderId = findReceiptOrderStep(input)
  const lockKey = transform({ orderId }, ({ orderId }) => (orderId ? [receiptLockKey(orderId)] : []))
  acquireLockStep({ key: lockKey, ...RECEIPT_LOCK })

  const content = readReceiptContentStep(transform({ orderId, input }, ({ orderId, input }) => ({ order_id: orderId, require_paid: !!input.regenerate })))
  const taken = takeReceiptNumberStep({ content })
  const fileId = storeReceiptPdfStep(transform({ content, taken, input }, ({ content, taken, input }) => ({ content, taken, regenerate: !!input.regenerate })))
  const replaced = attachReceiptFileStep({ taken, file_id: fileId, content })
  createRemoteLinkStep(
    transform({ taken, content }, ({ taken, content }) =>
      taken?.created && content ? [{ [Modules.ORDER]: { order_id: content.order_id }, [RECEIPT_MODULE]: { receipt_id: taken.id } }] : []
    )
  )
  sendReceiptToTelegramStep(transform({ taken, content }, ({ taken, content }) => ({ receipt_id: taken?.id ?? null, content })))
  deleteReplacedReceiptFileStep({ file_id: replaced })

  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ taken }, ({ taken }) => ({ receipt_id: taken?.id ?? null, created: !!taken?.created })))
})
