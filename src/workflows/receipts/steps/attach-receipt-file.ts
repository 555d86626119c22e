import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECEIPT_MODULE } from "../../../modules/receipt"
import type ReceiptModuleService from "../../../modules/receipt/service"
import type { ReceiptContent } from "../receipt-document"
import type { TakenReceipt } from "./take-receipt-number"

type FileFields = { id: string; file_id: string | null; language: string; generated_at: Date | null }

/** Points the receipt at its new PDF; answers the file it replaced, which the workflow removes once all went well. */
export const attachReceiptFileStep = createStep(
  "attach-receipt-file",
  async ({ taken, file_id, content }: { taken: TakenReceipt | null; file_id: string | null; content: ReceiptContent | null }, { container }) => {
    if (!taken || !file_id || !content) return new StepResponse<string | null, FileFields | null>(null, null)
    const receipts = container.resolve<ReceiptModuleService>(RECEIPT_MODULE)
    const before = await receipts.retrieveReceipt(taken.id, { select: ["id", "file_id", "language", "generated_at"] })
    await receipts.updateReceipts({ id: taken.id, file_id, language: content.language, generated_at: new Date() })
    const previous: FileFields = { id: before.id, file_id: before.file_id, language: before.language, generated_at: before.generated_at }
    return new StepResponse<string | null, FileFields | null>(before.file_id, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<ReceiptModuleService>(RECEIPT_MODULE).updateReceipts(previous)
  }
)
