import twilio from "twilio"
import type RequestClient from "twilio/lib/base/RequestClient"
import { maskRecipient } from "../../lib/mask"

/** Twilio's production REST origin, which the library builds every URL on. */
const TWILIO_API_ORIGIN = "https://api.twilio.com"

/** One request may hang this long before it counts as a network failure (the library's default is 30 s). */
const REQUEST_TIMEOUT_MS = 10_000

/**
 * The library has no base-URL option, but takes an HTTP client (its documented extension point): this one moves each
 * request from Twilio's origin to `apiBaseUrl`, path and query kept, so tests reach a fake on loopback.
 */
class RebasedRequestClient extends twilio.RequestClient {
  constructor(private readonly apiBaseUrl: string) {
    super({ timeout: REQUEST_TIMEOUT_MS })
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    const uri = new URL(opts.uri)
    return super.request({ ...opts, uri: new URL(`${uri.pathname}${uri.search}`, this.apiBaseUrl).toString() })
  }
}

/** A Twilio client on `apiBaseUrl`; retries are ours (see retry.ts), so the library's own 429 retry stays off. */
export function twilioClient(accountSid: string, authToken: string, apiBaseUrl: string): twilio.Twilio {
  const rebase = new URL(apiBaseUrl).origin !== TWILIO_API_ORIGIN
  return twilio(accountSid, authToken, { autoRetry: false, ...(rebase && { httpClient: new RebasedRequestClient(apiBaseUrl) }) })
}

/* Twilio's error messages may quote the number ("Invalid 'To' Phone Number: +998901234567"). */
const PHONE_LIKE = /\+?\d{7,15}/g

/** A Twilio failure in a line fit for logs: status, Twilio's code and message with any phone number masked. */
export function describeTwilioFailure(error: unknown): string {
  if (error instanceof twilio.RestException) {
    return `HTTP ${error.status}${error.code ? ` (Twilio ${error.code})` : ""}: ${(error.message ?? "").replace(PHONE_LIKE, maskRecipient)}`
  }
  if (isNetworkFailure(error)) return `no answer from Twilio (${(error as { code?: string }).code ?? "network error"})`
  return String((error as Error)?.message ?? error).replace(PHONE_LIKE, maskRecipient)
}

/* axios (inside the library) throws its own error with no response when the request never got an answer. */
function isNetworkFailure(error: unknown): boolean {
  const failure = error as { isAxiosError?: boolean; response?: unknown } | null
  return failure?.isAxiosError === true && failure.response === undefined
}

/** Worth another try: a rate limit (429), Twilio's own trouble (5xx), or no answer at all. A 4xx would only repeat. */
export function isTransientTwilioFailure(error: unknown): boolean {
  if (error instanceof twilio.RestException) return error.status === 429 || error.status >= 500
  return isNetworkFailure(error)
}
