import { createHash } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"

/* Click Merchant API (REST, outbound; §2.9 of the protocol doc), used to reverse (refund) and look up payments. */

export type ClickMerchantApiOptions = {
  baseUrl: string
  serviceId: string
  merchantUserId: string
  secretKey: string
  timeoutMs?: number
  now?: () => Date
}

const DEFAULT_TIMEOUT_MS = 15_000

/** `<merchant_user_id>:<sha1(timestamp + secret_key) hex>:<timestamp>`, timestamp in 10-digit Unix seconds. */
export function clickAuthHeader(merchantUserId: string, secretKey: string, now: Date): string {
  const timestamp = Math.floor(now.getTime() / 1000).toString()
  const digest = createHash("sha1").update(timestamp + secretKey, "utf8").digest("hex")
  return `${merchantUserId}:${digest}:${timestamp}`
}

function unreachable(detail: string): MedusaError {
  return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Click Merchant API unreachable: ${detail}`)
}

/* Read by shape, not instanceof: fetch's errors come from Node's own realm, which differs from the caller's under jest. */
function describeFailure(error: unknown, timeoutMs: number): string {
  const failure = (error ?? {}) as { name?: string; message?: string; cause?: { code?: string } }
  if (failure.name === "TimeoutError") {
    return `no answer within ${timeoutMs} ms`
  }
  // fetch reports every network failure as "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, ...) is in cause.
  const message = failure.message ?? String(error)
  return failure.cause?.code ? `${message}: ${failure.cause.code}` : message
}

/* Payment ids are bigints at Click (§2.1); quoting them before JSON.parse keeps ids above 2^53 exact. */
function parseAnswer(text: string): Record<string, unknown> | undefined {
  try {
    const answer: unknown = JSON.parse(text.replace(/("payment_id"\s*:\s*)(-?\d+)/g, '$1"$2"'))
    return typeof answer === "object" && answer !== null && !Array.isArray(answer)
      ? (answer as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

function errorCodeOf(answer: Record<string, unknown>): number | undefined {
  const code = answer.error_code
  if (typeof code === "number" && Number.isInteger(code)) {
    return code
  }
  return typeof code === "string" && /^-?\d+$/.test(code) ? Number(code) : undefined
}

export class ClickMerchantApi {
  constructor(private readonly options: ClickMerchantApiOptions) {}

  async reversePayment(paymentId: string): Promise<{ payment_id: string }> {
    const answer = await this.call("DELETE", `payment/reversal/${this.pathOf(paymentId)}`)
    // The money is already back once Click says 0; a missing echo must not turn the refund into a failure.
    return { payment_id: answer.payment_id === undefined ? paymentId : String(answer.payment_id) }
  }

  async paymentStatus(paymentId: string): Promise<{ payment_id: string; payment_status: number }> {
    const path = `payment/status/${this.pathOf(paymentId)}`
    const answer = await this.call("GET", path)
    if (typeof answer.payment_status !== "number") {
      throw unreachable(`GET ${path} answered without a numeric payment_status`)
    }
    return { payment_id: String(answer.payment_id ?? paymentId), payment_status: answer.payment_status }
  }

  private pathOf(paymentId: string): string {
    return `${encodeURIComponent(this.options.serviceId)}/${encodeURIComponent(paymentId)}`
  }

  private async call(method: "GET" | "DELETE", path: string): Promise<Record<string, unknown>> {
    const { baseUrl, merchantUserId, secretKey, timeoutMs = DEFAULT_TIMEOUT_MS, now = () => new Date() } = this.options
    let response: Response
    let text: string
    try {
      response = await fetch(`${baseUrl.replace(/\/+$/, "")}/${path}`, {
        method,
        headers: {
          Accept: "application/json",
          "Content-Type": "application/json",
          Auth: clickAuthHeader(merchantUserId, secretKey, now()),
        },
        signal: AbortSignal.timeout(timeoutMs),
      })
      text = await response.text()
    } catch (error) {
      throw unreachable(`${method} ${path}: ${describeFailure(error, timeoutMs)}`)
    }
    const answer = parseAnswer(text)
    const errorCode = answer && errorCodeOf(answer)
    if (answer === undefined || errorCode === undefined) {
      throw unreachable(`${method} ${path}: HTTP ${response.status} without a Click JSON answer`)
    }
    if (errorCode !== 0) {
      // Click refused (e.g. a reversal outside the allowed month, or bad credentials): a business answer, not an outage.
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Click Merchant API refused ${method} ${path}: ` +
          `error_code ${errorCode}, error_note "${String(answer.error_note ?? "")}"`
      )
    }
    if (!response.ok) {
      throw unreachable(`${method} ${path}: HTTP ${response.status}`)
    }
    return answer
  }
}
