import { MathBN } from "@medusajs/framework/utils"
import { formatMoney, formatPaidAt, formatRate } from "./receipt-format"
import { formatReceiptNumber } from "./receipt-number"
import { paymentMethodName, RECEIPT_TEXTS, type ReceiptLanguage } from "./receipt-texts"

/** Everything a receipt says about a paid order, read once by the workflow; amounts are exact decimal strings. */
export type ReceiptContent = {
  order_id: string
  display_id: number
  customer_id: string | null
  currency_code: string
  language: ReceiptLanguage
  seller: {
    /** The bakery; null for the store itself. */
    id: string | null
    name: string
    details: string[]
    /** VAT in percent included in the seller's prices; null when the seller charges none. */
    vat_rate: number | null
    time_zone: string
  }
  items: { name: string; quantity: string; unit_price: string }[]
  item_subtotal: string
  discount_total: string
  shipping: { name: string; amount: string } | null
  /** Taxes Medusa computed for the order (its tax regions); "0" with none. */
  tax_total: string
  total: string
  payment: { provider_id: string; transaction_id: string | null; paid_at: string }
}

/** A label and its amount (or text); `note` is printed small under the label. */
export type ReceiptLine = { label: string; value: string; note?: string }

/** The receipt's text, block by block, in the customer's language: what the PDF draws and the tests read. */
export type ReceiptDocument = {
  title: string
  seller: { label: string; name: string; details: string[] }
  heading: string[]
  items: { name: string; quantity_line: string; amount: string }[]
  totals: ReceiptLine[]
  total: ReceiptLine
  /** The VAT inside the total, when the seller has a rate and Medusa added no tax of its own. */
  vat: ReceiptLine | null
  payment: ReceiptLine[]
  footer: string
}

/** The VAT contained in a tax-inclusive total: total × rate / (100 + rate). */
export const includedVat = (total: string, ratePercent: number) =>
  MathBN.div(MathBN.mult(total, formatRate(ratePercent)), MathBN.add(100, formatRate(ratePercent))).toString()

export function receiptDocument(content: ReceiptContent, number: number): ReceiptDocument {
  const texts = RECEIPT_TEXTS[content.language]
  const money = (amount: string) => formatMoney(amount, content.currency_code, content.language)
  const totals: ReceiptLine[] = [{ label: texts.itemsSubtotal, value: money(content.item_subtotal) }]
  if (MathBN.gt(content.discount_total, 0)) totals.push({ label: texts.discount, value: money(MathBN.mult(content.discount_total, -1).toString()) })
  if (content.shipping) totals.push({ label: texts.delivery, value: money(content.shipping.amount), note: content.shipping.name })
  const medusaTax = MathBN.gt(content.tax_total, 0)
  if (medusaTax) totals.push({ label: texts.tax, value: money(content.tax_total) })
  const rate = content.seller.vat_rate
  const vat = !medusaTax && rate ? { label: texts.vatIncluded(formatRate(rate)), value: money(includedVat(content.total, rate)) } : null
  const payment: ReceiptLine[] = [{ label: texts.paymentMethod, value: paymentMethodName(content.payment.provider_id, content.language) }]
  if (content.payment.transaction_id) payment.push({ label: texts.transactionId, value: content.payment.transaction_id })
  return {
    title: texts.title,
    seller: { label: texts.seller, name: content.seller.name, details: content.seller.details },
    heading: [
      texts.receiptNumber(formatReceiptNumber(number)),
      texts.orderNumber(content.display_id),
      `${texts.paidAt}: ${formatPaidAt(content.payment.paid_at, content.seller.time_zone)}`,
    ],
    items: content.items.map((item) => ({
      name: item.name,
      quantity_line: `${item.quantity} × ${money(item.unit_price)}`,
      amount: money(MathBN.mult(item.unit_price, item.quantity).toString()),
    })),
    totals,
    total: { label: texts.total, value: money(content.total) },
    vat,
    payment,
    footer: texts.thanks,
  }
}
