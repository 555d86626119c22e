import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { isValidConfirmation, type GatewayConfirmation } from "./confirmation"
import { soumToTiyin } from "./money"
import { GatewayErrorCodes } from "./error-codes"

/** What a Payme or Click payment session keeps in its `data`. */
export type GatewaySessionData = {
  session_id: string
  /** The value the gateway sends back (Payme account field, Click merchant_trans_id): the session id. */
  reference: string
  amount_tiyin: string
  /** Where the customer pays; null where the gateway's own client shows the payment (a Telegram invoice). */
  checkout_url: string | null
  return_url: string | null
  /** Set by our merchant endpoint once the gateway confirmed the payment; signed, see confirmation.ts. */
  confirmation: GatewayConfirmation | null
  /** Set on the payment when the gateway reports money returned (Payme CancelTransaction after perform). */
  refund?: GatewayConfirmation | null
}

export type CheckoutInput = { reference: string; amountTiyin: bigint; returnUrl: string | null; lang: "ru" | "uz" | "en" }

function readSessionData(data: Record<string, unknown> | undefined): Partial<GatewaySessionData> {
  return (data ?? {}) as Partial<GatewaySessionData>
}

function returnUrlOf(data: Record<string, unknown> | undefined, fallback: string | undefined): string | null {
  const candidate = data?.return_url
  if (typeof candidate === "string" && /^https?:\/\/[^\s]+$/.test(candidate)) return candidate
  return fallback ?? null
}

function langOf(data: Record<string, unknown> | undefined): CheckoutInput["lang"] {
  const lang = data?.lang
  return lang === "uz" || lang === "en" ? lang : "ru"
}

/**
 * Shared by the Payme, Click and Telegram Payments providers: all take UZS here, show the customer the gateway's own
 * checkout, and learn of the payment from our own synchronous endpoints (src/api/hooks; the bot's pre-checkout and
 * successful-payment updates for Telegram), never from Medusa's webhook route.
 * The money is taken in one step, so a confirmed session authorizes as captured.
 */
export abstract class UzbekGatewayProvider<TOptions extends { returnUrl?: string }> extends AbstractPaymentProvider<TOptions> {
  protected abstract readonly gatewayName: "Payme" | "Click" | "Telegram"
  /** The secret that signs this gateway's confirmations. */
  protected abstract confirmationSecret(): string
  protected abstract checkoutUrl(input: CheckoutInput): string | null

  protected constructor(cradle: Record<string, unknown>, protected readonly options_: TOptions) {
    super(cradle, options_)
  }

  private sessionData(
    sessionId: string,
    amount: InitiatePaymentInput["amount"],
    currencyCode: string,
    data: Record<string, unknown> | undefined
  ): GatewaySessionData {
    if (currencyCode.toLowerCase() !== "uzs") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${this.gatewayName} accepts only UZS; this payment is in ${currencyCode.toUpperCase()}. Choose another payment provider.`,
        GatewayErrorCodes.CURRENCY_NOT_SUPPORTED
      )
    }
    const amountTiyin = soumToTiyin(amount)
    if (amountTiyin <= 0n) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${this.gatewayName} cannot take a payment of 0 UZS`, GatewayErrorCodes.AMOUNT_NOT_PAYABLE)
    }
    const returnUrl = returnUrlOf(data, this.options_.returnUrl)
    return {
      session_id: sessionId,
      reference: sessionId,
      amount_tiyin: amountTiyin.toString(),
      checkout_url: this.checkoutUrl({ reference: sessionId, amountTiyin, returnUrl, lang: langOf(data) }),
      return_url: returnUrl,
      confirmation: null,
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId = input.data?.session_id
    if (typeof sessionId !== "string") {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${this.gatewayName} needs the payment session id to build its checkout`)
    }
    const data = this.sessionData(sessionId, input.amount, input.currency_code, input.data)
    return { id: sessionId, data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const current = readSessionData(input.data)
    if (!current.session_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${this.gatewayName} session data has no session id`)
    }
    const data = { ...this.sessionData(current.session_id, input.amount, input.currency_code, input.data), confirmation: current.confirmation ?? null }
    // The status stays as it is: a confirmed session becomes authorized only through authorizePayment.
    return { data }
  }

  protected isConfirmed(data: Partial<GatewaySessionData>): boolean {
    if (!data.session_id || !data.amount_tiyin) return false
    return isValidConfirmation(
      this.confirmationSecret(),
      { sessionId: data.session_id, amountTiyin: data.amount_tiyin, purpose: "capture" },
      data.confirmation
    )
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = readSessionData(input.data)
    // Unconfirmed: the customer has not paid (or completed the cart before the gateway called us).
    return { data: input.data, status: this.isConfirmed(data) ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.PENDING }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { data: input.data, status: this.isConfirmed(readSessionData(input.data)) ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.PENDING }
  }

  /** The gateway took the money when it confirmed; capturing records it. */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: input.data }
  }

  /** Nothing is held at the gateway for an unconfirmed session; a confirmed one is refunded, not cancelled. */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  /** Payme and Click need a synchronous answer, which Medusa's asynchronous webhook route cannot give. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
