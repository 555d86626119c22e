import type { StoredReceipt } from "../../../../shared/order-receipt"
import { formatReceiptNumber } from "../../../../../workflows/receipts/receipt-number"

/** A receipt as the admin order page shows it. */
export type AdminReceiptView = {
  id: string
  number: string
  language: string
  generated_at: string | null
  sent_to_telegram_at: string | null
  download_url: string
}

const iso = (time: Date | string | null) => (time ? new Date(time).toISOString() : null)

export function adminReceiptView(orderId: string, receipt: StoredReceipt): AdminReceiptView {
  return {
    id: receipt.id,
    number: formatReceiptNumber(receipt.number),
    language: receipt.language,
    generated_at: iso(receipt.generated_at),
    sent_to_telegram_at: iso(receipt.sent_to_telegram_at),
    download_url: `/admin/orders/${orderId}/receipt`,
  }
}
