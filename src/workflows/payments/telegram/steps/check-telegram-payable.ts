import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GatewayOutcomeCodes } from "../../../../modules/gateway/error-codes"
import { assertPayable, findGatewaySession } from "../../payable-session"
import { TELEGRAM_INVOICE_CURRENCY, TELEGRAM_PAYMENTS_PROVIDER_ID, type TelegramPaymentReport } from "../telegram-payment-rules"

/** The invoice's session still waits for exactly this payment (not paid, not replaced, same amount and currency). */
export const checkTelegramPayableStep = createStep("check-telegram-payable", async (input: TelegramPaymentReport, { container }) => {
  if (input.currency !== TELEGRAM_INVOICE_CURRENCY) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Telegram invoices are in ${TELEGRAM_INVOICE_CURRENCY}, not ${input.currency}`, GatewayOutcomeCodes.PAYMENT_AMOUNT_MISMATCH)
  }
  const session = await findGatewaySession(container, input.payment_session_id, TELEGRAM_PAYMENTS_PROVIDER_ID)
  assertPayable(session, BigInt(input.total_amount))
  return new StepResponse({ cart_id: session.cart_id })
})
