import type { BotLanguage } from "../../modules/telegram/bot/languages"

export type ReceiptLanguage = BotLanguage

/** Every word a receipt prints, per language (Uzbek in Latin script, as the bot writes it). */
export type ReceiptTexts = {
  title: string
  receiptNumber: (number: string) => string
  orderNumber: (displayId: number) => string
  seller: string
  paidAt: string
  items: string
  itemsSubtotal: string
  discount: string
  delivery: string
  /** The VAT already inside the total, at the seller's rate. */
  vatIncluded: (ratePercent: string) => string
  /** Taxes Medusa added to the order (tax regions with rates). */
  tax: string
  total: string
  paymentMethod: string
  transactionId: string
  thanks: string
  /** The caption of the Telegram document. */
  caption: (number: string, displayId: number) => string
  /** Payment providers by Medusa's provider id without the `pp_` prefix and instance, e.g. "payme". */
  methods: Record<string, string>
}

const GATEWAY_NAMES = { payme: "Payme", click: "Click", telegram: "Telegram Payments" }

export const RECEIPT_TEXTS: Record<ReceiptLanguage, ReceiptTexts> = {
  ru: {
    title: "Кассовый чек",
    receiptNumber: (number) => `Чек № ${number}`,
    orderNumber: (displayId) => `Заказ № ${displayId}`,
    seller: "Продавец",
    paidAt: "Оплачено",
    items: "Товары",
    itemsSubtotal: "Сумма товаров",
    discount: "Скидка",
    delivery: "Доставка",
    vatIncluded: (rate) => `В том числе НДС ${rate}%`,
    tax: "Налог",
    total: "Итого",
    paymentMethod: "Способ оплаты",
    transactionId: "ID транзакции",
    thanks: "Спасибо за покупку!",
    caption: (number, displayId) => `Чек № ${number} по заказу № ${displayId}`,
    methods: { ...GATEWAY_NAMES, stripe: "Банковская карта (Stripe)", system: "Оплата вручную" },
  },
  uz: {
    title: "Toʻlov cheki",
    receiptNumber: (number) => `Chek № ${number}`,
    orderNumber: (displayId) => `Buyurtma № ${displayId}`,
    seller: "Sotuvchi",
    paidAt: "Toʻlangan",
    items: "Mahsulotlar",
    itemsSubtotal: "Mahsulotlar summasi",
    discount: "Chegirma",
    delivery: "Yetkazib berish",
    vatIncluded: (rate) => `Shu jumladan QQS ${rate}%`,
    tax: "Soliq",
    total: "Jami",
    paymentMethod: "Toʻlov usuli",
    transactionId: "Tranzaksiya ID",
    thanks: "Xaridingiz uchun rahmat!",
    caption: (number, displayId) => `Buyurtma № ${displayId} cheki № ${number}`,
    methods: { ...GATEWAY_NAMES, stripe: "Bank kartasi (Stripe)", system: "Qoʻlda toʻlov" },
  },
  en: {
    title: "Receipt",
    receiptNumber: (number) => `Receipt No. ${number}`,
    orderNumber: (displayId) => `Order No. ${displayId}`,
    seller: "Seller",
    paidAt: "Paid at",
    items: "Items",
    itemsSubtotal: "Items subtotal",
    discount: "Discount",
    delivery: "Delivery",
    vatIncluded: (rate) => `Including VAT ${rate}%`,
    tax: "Tax",
    total: "Total",
    paymentMethod: "Payment method",
    transactionId: "Transaction ID",
    thanks: "Thank you for your order!",
    caption: (number, displayId) => `Receipt No. ${number} for order No. ${displayId}`,
    methods: { ...GATEWAY_NAMES, stripe: "Bank card (Stripe)", system: "Manual payment" },
  },
}

/** "pp_payme_payme" → "Payme"; a provider without a name here shows its id. */
export function paymentMethodName(providerId: string, language: ReceiptLanguage): string {
  const kind = /^pp_([^_]+)_/.exec(providerId)?.[1] ?? providerId
  return RECEIPT_TEXTS[language].methods[kind] ?? providerId
}
