import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECEIPT_MODULE } from "../../../modules/receipt"
import type ReceiptModuleService from "../../../modules/receipt/service"
import type { ReceiptContent } from "../receipt-document"

export type TakenReceipt = { id: string; number: number; file_id: string | null; created: boolean }

/** The order's receipt row: the existing one (its number kept), or a new one with the next number. */
export const takeReceiptNumberStep = createStep(
  "take-receipt-number",
  async ({ content }: { content: ReceiptContent | null }, { container }) => {
    if (!content) return new StepResponse<TakenReceipt | null, string | null>(null, null)
    const receipts = container.resolve<ReceiptModuleService>(RECEIPT_MODULE)
    const { receipt, created } = await receipts.takeReceiptNumber({
      order_id: content.order_id,
      seller_id: content.seller.id,
      language: content.language,
    })
    const taken: TakenReceipt = { id: receipt.id, number: receipt.number, file_id: receipt.file_id, created }
    return new StepResponse<TakenReceipt | null, string | null>(taken, created ? receipt.id : null)
  },
  async (createdId, { container }) => {
    // only a receipt this run created goes, and with it its number (the sequence stays without gaps)
    if (!createdId) return
    await container.resolve<ReceiptModuleService>(RECEIPT_MODULE).deleteReceipts(createdId)
  }
)
