import type { RefundPaymentInput, RefundPaymentOutput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { PaymeSettings } from "../../config/payments"
import { isValidConfirmation } from "../../lib/payments/confirmation"
import { GatewayErrorCodes } from "../../lib/payments/error-codes"
import { UzbekGatewayProvider, type CheckoutInput, type GatewaySessionData } from "../../lib/payments/gateway-provider"
import { soumToTiyin } from "../../lib/payments/money"
import { paymeCheckoutUrl } from "./protocol"

class PaymePaymentProviderService extends UzbekGatewayProvider<PaymeSettings> {
  static identifier = "payme"
  protected readonly gatewayName = "Payme" as const

  static validateOptions(options: Record<string, unknown>): void {
    for (const key of ["merchantId", "key", "accountField", "checkoutUrl"]) {
      if (!options[key]) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Payme provider option ${key} is required`)
    }
  }

  constructor(cradle: Record<string, unknown>, options: PaymeSettings) {
    super(cradle, options)
  }

  protected confirmationSecret(): string {
    return this.options_.key
  }

  protected checkoutUrl({ reference, amountTiyin, returnUrl, lang }: CheckoutInput): string {
    return paymeCheckoutUrl({
      checkoutUrl: this.options_.checkoutUrl,
      merchantId: this.options_.merchantId,
      accountField: this.options_.accountField,
      accountValue: reference,
      amountTiyin: amountTiyin.toString(),
      returnUrl: returnUrl ?? undefined,
      lang,
    })
  }

  /**
   * Payme's Merchant API has no merchant-initiated refund: money goes back when Payme sends CancelTransaction (from
   * the merchant cabinet), and our endpoint then records the refund with a signed marker. Anything else is refused.
   */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = (input.data ?? {}) as Partial<GatewaySessionData>
    const amountTiyin = soumToTiyin(MathBN.convert(input.amount)).toString()
    const recorded =
      !!data.session_id &&
      isValidConfirmation(this.options_.key, { sessionId: data.session_id, amountTiyin, purpose: "refund" }, data.refund)
    if (!recorded) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Payme payments are refunded from the Payme merchant cabinet (cancel the transaction there); the refund then appears on the order by itself.",
        GatewayErrorCodes.REFUND_NOT_SUPPORTED
      )
    }
    return { data: input.data }
  }
}

export default PaymePaymentProviderService
