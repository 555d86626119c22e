import type { RefundPaymentInput, RefundPaymentOutput } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { TelegramPaymentsSettings } from "../../config/payments"
import { GatewayErrorCodes } from "../../lib/payments/error-codes"
import { UzbekGatewayProvider } from "../../lib/payments/gateway-provider"

/**
 * Telegram Payments: the bot sends an invoice for the session (its payload is the session id), Telegram asks the bot
 * before charging (pre_checkout_query) and reports the charge (successful_payment), and the bot's workflows attach a
 * confirmation signed with the bot token, which only our webhook (secret-checked) can have produced.
 */
class TelegramPaymentProviderService extends UzbekGatewayProvider<TelegramPaymentsSettings> {
  static identifier = "telegram"
  protected readonly gatewayName = "Telegram" as const

  static validateOptions(options: Record<string, unknown>): void {
    for (const key of ["botToken", "providerToken"]) {
      if (!options[key]) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Telegram payments provider option ${key} is required`)
    }
  }

  constructor(cradle: Record<string, unknown>, options: TelegramPaymentsSettings) {
    super(cradle, options)
  }

  protected confirmationSecret(): string {
    return this.options_.botToken
  }

  /** The invoice is a message in the customer's chat, not a page. */
  protected checkoutUrl(): null {
    return null
  }

  /** The Bot API cannot refund card payments: the shop refunds in its payment provider's dashboard. */
  async refundPayment(_input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Payments made in Telegram are refunded from the dashboard of the payment provider connected in @BotFather; the Bot API cannot refund them.",
      GatewayErrorCodes.REFUND_NOT_SUPPORTED
    )
  }
}

export default TelegramPaymentProviderService
