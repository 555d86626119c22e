import type { RefundPaymentInput, RefundPaymentOutput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { ClickSettings } from "../../config/payments"
import { GatewayErrorCodes } from "../../lib/payments/error-codes"
import { UzbekGatewayProvider, type CheckoutInput, type GatewaySessionData } from "../../lib/payments/gateway-provider"
import { soumToTiyin } from "../../lib/payments/money"
import { ClickMerchantApi } from "./merchant-api"
import { clickPayUrl } from "./protocol"

class ClickPaymentProviderService extends UzbekGatewayProvider<ClickSettings> {
  static identifier = "click"
  protected readonly gatewayName = "Click" as const
  private readonly merchantApi: ClickMerchantApi

  static validateOptions(options: Record<string, unknown>): void {
    for (const key of ["serviceId", "merchantId", "secretKey", "merchantUserId", "payUrl", "merchantApiUrl"]) {
      if (!options[key]) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Click provider option ${key} is required`)
    }
  }

  constructor(cradle: Record<string, unknown>, options: ClickSettings) {
    super(cradle, options)
    this.merchantApi = new ClickMerchantApi({
      baseUrl: options.merchantApiUrl,
      serviceId: options.serviceId,
      merchantUserId: options.merchantUserId,
      secretKey: options.secretKey,
    })
  }

  protected confirmationSecret(): string {
    return this.options_.secretKey
  }

  protected checkoutUrl({ reference, amountTiyin, returnUrl }: CheckoutInput): string {
    return clickPayUrl({
      payUrl: this.options_.payUrl,
      serviceId: this.options_.serviceId,
      merchantId: this.options_.merchantId,
      amountTiyin,
      transactionParam: reference,
      returnUrl: returnUrl ?? undefined,
    })
  }

  /** A Medusa refund reverses the whole Click payment through the Merchant API (Click has no partial reversal). */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = (input.data ?? {}) as Partial<GatewaySessionData>
    const paymentId = data.confirmation?.transaction_id
    if (!this.isConfirmed(data) || !paymentId) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This Click payment was never confirmed by Click, so there is nothing to reverse", GatewayErrorCodes.REFUND_FAILED)
    }
    if (soumToTiyin(MathBN.convert(input.amount)).toString() !== data.amount_tiyin) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Click reverses whole payments only: refund the full amount, or settle a partial refund outside Click",
        GatewayErrorCodes.REFUND_NOT_SUPPORTED
      )
    }
    const reversal = await this.merchantApi.reversePayment(paymentId)
    return { data: { ...input.data, reversal: { payment_id: reversal.payment_id, reversed_at: new Date().toISOString() } } }
  }
}

export default ClickPaymentProviderService
