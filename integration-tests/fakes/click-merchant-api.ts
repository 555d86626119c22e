import { createHash, timingSafeEqual } from "node:crypto"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

/*
 * A stand-in for Click's Merchant API (https://api.click.uz/v2/merchant) on 127.0.0.1. It checks the Auth header as
 * Click does, answers reversals and status look-ups for the configured service, and records every call.
 */

export type ClickMerchantApiCall = {
  method: string
  /** The request path below `url`, e.g. "/payment/reversal/<service_id>/<payment_id>". */
  path: string
  auth: string | undefined
  authValid: boolean
}

type FakeOptions = { serviceId: string; merchantUserId: string; secretKey: string }

const BASE_PATH = "/v2/merchant"
const AUTH_WINDOW_SECONDS = 5 * 60

function isValidAuth(auth: string | undefined, options: FakeOptions): boolean {
  const [user, digest, timestamp, ...rest] = (auth ?? "").split(":")
  if (rest.length || user !== options.merchantUserId || !/^\d{10}$/.test(timestamp ?? "")) {
    return false
  }
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > AUTH_WINDOW_SECONDS) {
    return false
  }
  const expected = Buffer.from(createHash("sha1").update(timestamp + options.secretKey).digest("hex"))
  const received = Buffer.from(digest ?? "")
  return received.length === expected.length && timingSafeEqual(received, expected)
}

/* Click answers payment_id as a number; the digits are written as they came so ids above 2^53 stay exact. */
function answer(response: ServerResponse, status: number, body: Record<string, unknown>, paymentId?: string): void {
  const json = JSON.stringify(body)
  response.writeHead(status, { "Content-Type": "application/json" })
  response.end(paymentId === undefined ? json : `${json.slice(0, -1)},"payment_id":${paymentId}}`)
}

const ROUTES: { method: string; pattern: RegExp; success: Record<string, unknown> }[] = [
  { method: "DELETE", pattern: /^\/payment\/reversal\/(\d+)\/(\d+)$/, success: { error_code: 0, error_note: "Success" } },
  {
    method: "GET",
    pattern: /^\/payment\/status\/(\d+)\/(\d+)$/,
    success: { error_code: 0, error_note: "Success", payment_status: 2 },
  },
]

export async function startFakeClickMerchantApi(options: FakeOptions): Promise<{
  url: string
  calls: ClickMerchantApiCall[]
  failNext(errorCode: number, errorNote: string): void
  close(): Promise<void>
}> {
  const calls: ClickMerchantApiCall[] = []
  const failures: { error_code: number; error_note: string }[] = []

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const fullPath = new URL(request.url ?? "/", "http://fake").pathname
    const underBase = fullPath.startsWith(`${BASE_PATH}/`)
    const path = underBase ? fullPath.slice(BASE_PATH.length) : fullPath
    const auth = request.headers.auth as string | undefined
    const authValid = isValidAuth(auth, options)
    calls.push({ method: request.method ?? "", path, auth, authValid })

    const failure = failures.shift()
    if (failure) {
      return answer(response, 200, failure)
    }
    const route =
      underBase && ROUTES.find((candidate) => candidate.method === request.method && candidate.pattern.test(path))
    if (!route) {
      // Deliberately not a Click answer (no error_code), like a wrong base URL in production.
      return answer(response, 404, { message: `No route ${request.method} ${fullPath}` })
    }
    if (!request.headers.accept?.includes("application/json")) {
      return answer(response, 406, { error_code: -8, error_note: "This fake answers only Accept: application/json" })
    }
    // HTTP statuses and the codes below -1 are this fake's choice; Click documents only the JSON error_code.
    if (!authValid) {
      return answer(response, 401, { error_code: -1, error_note: "Authorization failed" })
    }
    const [, serviceId, paymentId] = route.pattern.exec(path) as RegExpExecArray
    if (serviceId !== options.serviceId) {
      return answer(response, 200, { error_code: -5, error_note: `Service ${serviceId} not found` })
    }
    answer(response, 200, route.success, paymentId)
  }

  const server = createServer(handle)
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    calls,
    failNext(errorCode, errorNote) {
      failures.push({ error_code: errorCode, error_note: errorNote })
    },
    close() {
      // fetch keeps connections alive; without closing them server.close() would wait for their idle timeout.
      server.closeAllConnections()
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    },
  }
}
