import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { receiptDocument, type ReceiptContent } from "../receipt-document"
import { formatReceiptNumber } from "../receipt-number"
import { receiptFileName } from "../receipt-lock"
import { renderReceiptPdf } from "../receipt-pdf"
import type { TakenReceipt } from "./take-receipt-number"

export type StoreReceiptPdfInput = { content: ReceiptContent | null; taken: TakenReceipt | null; regenerate?: boolean }

/**
 * Renders the PDF and stores it as a private file (never served as a static file; read through our routes). Nothing
 * is rendered when the receipt already has its PDF, unless staff asked to regenerate it.
 */
export const storeReceiptPdfStep = createStep(
  "store-receipt-pdf",
  async ({ content, taken, regenerate }: StoreReceiptPdfInput, { container }) => {
    if (!content || !taken || (taken.file_id && !regenerate)) return new StepResponse<string | null, string | null>(null, null)
    const pdf = await renderReceiptPdf(receiptDocument(content, taken.number))
    const [file] = await container.resolve(Modules.FILE).createFiles([
      { filename: receiptFileName(formatReceiptNumber(taken.number)), mimeType: "application/pdf", content: pdf.toString("base64"), access: "private" },
    ])
    return new StepResponse<string | null, string | null>(file.id, file.id)
  },
  async (fileId, { container }) => {
    if (!fileId) return
    await container.resolve(Modules.FILE).deleteFiles(fileId)
  }
)
