import { CART_PAYMENT_IN_PROGRESS } from "../../../../../workflows/payments/payment-hold"
import { CustomCakeErrorCodes } from "../../../../../modules/custom-cake/error-codes"
import { SchedulingErrorCodes } from "../../../../../modules/scheduling/error-codes"
import { sharedBotI18n } from "../../../../../modules/telegram/bot/i18n"
import { languageOfTelegramCode } from "../../../../../modules/telegram/bot/languages"

const MESSAGE_KEYS: Record<string, string> = {
  [CustomCakeErrorCodes.PAYMENT_LINK_INVALID]: "pay-link-invalid",
  [CustomCakeErrorCodes.CUSTOM_CAKE_NOT_PAYABLE]: "pay-link-lapsed",
  [CART_PAYMENT_IN_PROGRESS]: "pay-link-busy",
  [SchedulingErrorCodes.PAYMENT_METHOD_DISABLED]: "pay-link-method-disabled",
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`)

/** The page a customer's browser gets for a link that cannot be paid, in their language; null for other errors. */
export function paymentLinkErrorPage(code: string | undefined, acceptLanguage: string | undefined): string | null {
  const key = code ? MESSAGE_KEYS[code] : undefined
  if (!key) return null
  const i18n = sharedBotI18n()
  const language = languageOfTelegramCode(acceptLanguage?.split(",")[0]?.trim())
  const [title, message] = [i18n.t(language, "pay-link-title"), i18n.t(language, key)].map(escapeHtml)
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}</style></head>
<body><h1>${title}</h1><p>${message}</p></body>
</html>`
}
