import { includedVat, receiptDocument, type ReceiptContent } from "../receipt-document"
import { renderReceiptPdf } from "../receipt-pdf"
import { paymentMethodName, RECEIPT_TEXTS } from "../receipt-texts"

const CONTENT: ReceiptContent = {
  order_id: "order_1",
  display_id: 1001,
  customer_id: "cus_1",
  currency_code: "uzs",
  language: "ru",
  seller: { id: "bkry_1", name: "Non Uyi", details: ["Bahouddin Naqshband koʻchasi 5, Bukhara", "+998652241010"], vat_rate: 12, time_zone: "Asia/Tashkent" },
  items: [
    { name: "Наполеон (16 см)", quantity: "2", unit_price: "280000" },
    { name: "Медовик", quantity: "1", unit_price: "190000" },
  ],
  item_subtotal: "750000",
  discount_total: "75000",
  shipping: { name: "Courier delivery in Bukhara", amount: "25000" },
  tax_total: "0",
  total: "700000",
  payment: { provider_id: "pp_payme_payme", transaction_id: "5e730e8e0b852a417aa49ceb", paid_at: "2026-12-06T19:30:00.000Z" },
}

describe("the receipt's text table", () => {
  it("has the same entries in ru, uz and en", () => {
    const shape = (language: keyof typeof RECEIPT_TEXTS) => Object.keys(RECEIPT_TEXTS[language]).sort()
    expect(shape("uz")).toEqual(shape("ru"))
    expect(shape("en")).toEqual(shape("ru"))
    expect(Object.keys(RECEIPT_TEXTS.uz.methods).sort()).toEqual(Object.keys(RECEIPT_TEXTS.ru.methods).sort())
    expect(Object.keys(RECEIPT_TEXTS.en.methods).sort()).toEqual(Object.keys(RECEIPT_TEXTS.ru.methods).sort())
  })

  it("names payment providers by their kind and shows an unknown provider's id", () => {
    expect(paymentMethodName("pp_payme_payme", "ru")).toBe("Payme")
    expect(paymentMethodName("pp_stripe_stripe", "uz")).toBe("Bank kartasi (Stripe)")
    expect(paymentMethodName("pp_system_default", "en")).toBe("Manual payment")
    expect(paymentMethodName("pp_cash_desk", "en")).toBe("pp_cash_desk")
  })
})

describe("receiptDocument", () => {
  it("lists items with quantity × unit price, the discount negative, delivery, total and the VAT inside it", () => {
    const document = receiptDocument(CONTENT, 42)
    expect(document.heading).toEqual(["Чек № 000042", "Заказ № 1001", "Оплачено: 07.12.2026 00:30"])
    expect(document.items).toEqual([
      { name: "Наполеон (16 см)", quantity_line: "2 × 280 000 сум", amount: "560 000 сум" },
      { name: "Медовик", quantity_line: "1 × 190 000 сум", amount: "190 000 сум" },
    ])
    expect(document.totals).toEqual([
      { label: "Сумма товаров", value: "750 000 сум" },
      { label: "Скидка", value: "-75 000 сум" },
      { label: "Доставка", value: "25 000 сум", note: "Courier delivery in Bukhara" },
    ])
    expect(document.total).toEqual({ label: "Итого", value: "700 000 сум" })
    // 700 000 × 12 / 112 = 75 000
    expect(document.vat).toEqual({ label: "В том числе НДС 12%", value: "75 000 сум" })
    expect(document.payment).toEqual([
      { label: "Способ оплаты", value: "Payme" },
      { label: "ID транзакции", value: "5e730e8e0b852a417aa49ceb" },
    ])
  })

  it("has no tax line when the seller has no VAT rate and Medusa added no tax", () => {
    const document = receiptDocument({ ...CONTENT, seller: { ...CONTENT.seller, vat_rate: null }, discount_total: "0" }, 1)
    expect(document.vat).toBeNull()
    expect(document.totals.map((line) => line.label)).toEqual(["Сумма товаров", "Доставка"])
  })

  it("shows Medusa's own tax instead of a computed VAT when the order carries taxes", () => {
    const document = receiptDocument({ ...CONTENT, language: "en", tax_total: "84000", total: "784000" }, 1)
    expect(document.totals.at(-1)).toEqual({ label: "Tax", value: "84 000 UZS" })
    expect(document.vat).toBeNull()
  })

  it("computes the included VAT exactly", () => {
    expect(includedVat("112000", 12)).toBe("12000")
    expect(includedVat("100", 15)).toMatch(/^13\.04347826/)
  })
})

describe("renderReceiptPdf", () => {
  // The text itself is read back with pdf-parse in integration-tests/http/receipts.spec.ts (pdf.js needs VM modules).
  it.each(["ru", "uz", "en"] as const)("writes a one-page %s PDF with the DejaVu font embedded", async (language) => {
    const pdf = await renderReceiptPdf(receiptDocument({ ...CONTENT, language }, 42))
    const raw = pdf.toString("latin1")
    expect(raw.startsWith("%PDF-")).toBe(true)
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/)
    expect(raw).toContain("/FontFile2")
    expect(raw.match(/\/Type \/Page\b/g)).toHaveLength(1)
  })
})
