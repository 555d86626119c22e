/** Telegram Payments' provider id in Medusa: src/modules/payment-telegram registered with id "telegram". */
export const TELEGRAM_PAYMENTS_PROVIDER_ID = "pp_telegram_telegram"

/** The currency the bot invoices in; Telegram counts UZS in tiyin (its "exp" for UZS is 2), as Medusa's gateways do. */
export const TELEGRAM_INVOICE_CURRENCY = "UZS"

/** What Telegram reports of a payment: the invoice payload (our payment session id) and the charged amount. */
export type TelegramPaymentReport = { payment_session_id: string; currency: string; total_amount: number }
