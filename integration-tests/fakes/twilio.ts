import { randomBytes } from "node:crypto"
import type { IncomingMessage, ServerResponse } from "node:http"
import { listenOnLoopback } from "./loopback-server"

/*
 * A stand-in for Twilio's REST API (https://api.twilio.com) on 127.0.0.1, for the one call the SMS provider makes:
 * POST /2010-04-01/Accounts/{AccountSid}/Messages.json with a form-encoded body. It checks HTTP Basic auth (account
 * SID and auth token), validates the parameters as Twilio does, answers a Message resource (201) or Twilio's error
 * JSON ({ code, message, more_info, status }), and records every call. `failNext` scripts failures.
 */

export type FakeTwilioCall = {
  method: string
  path: string
  /** The decoded form body, Twilio's parameter names: { To, From, Body } or { To, MessagingServiceSid, Body }. */
  params: Record<string, string>
  authorized: boolean
  /** The HTTP status the fake answered; 0 when it dropped the connection. */
  status: number
}

/** A Message resource as Twilio returns it on creation (fields the fake has no value for are null). */
export type FakeTwilioMessage = {
  sid: string
  account_sid: string
  api_version: "2010-04-01"
  to: string
  from: string | null
  messaging_service_sid: string | null
  body: string
  status: "queued" | "accepted"
  direction: "outbound-api"
  num_segments: string
  num_media: "0"
  price: null
  price_unit: "USD"
  error_code: null
  error_message: null
  date_created: string
  date_updated: string
  date_sent: null
  uri: string
  subresource_uris: { media: string }
}

/** A scripted failure: an HTTP status Twilio answers, or "disconnect" for a request that gets no answer at all. */
export type FakeTwilioFailure = number | "disconnect"

type Reply = { status: number; body: unknown }

const E164 = /^\+[1-9]\d{6,14}$/
const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/

/* Twilio's codes for the statuses a test may script (https://www.twilio.com/docs/api/errors). */
const ERROR_CODES: Record<number, { code: number; message: string }> = {
  400: { code: 21211, message: "Invalid 'To' Phone Number" },
  401: { code: 20003, message: "Authenticate" },
  404: { code: 20404, message: "The requested resource was not found" },
  429: { code: 20429, message: "Too Many Requests" },
  500: { code: 20500, message: "An internal server error has occurred" },
  503: { code: 20503, message: "Service is unavailable. Please try again" },
}

function twilioError(status: number, code: number, message: string): Reply {
  return { status, body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status } }
}

const scriptedError = (status: number) => {
  const known = ERROR_CODES[status] ?? { code: status * 100, message: `HTTP ${status}` }
  return twilioError(status, known.code, known.message)
}

const twilioSid = (prefix: string) => `${prefix}${randomBytes(16).toString("hex")}`

/* A GSM-7 text takes 160 characters a segment (153 when split); anything else is UCS-2: 70 (67 when split). */
function segmentsOf(body: string): number {
  const gsm = /^[\n\r A-Za-z0-9@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&'()*+,\-./:;<=>?¡ÄÖÑÜ§¿äöñüà]*$/.test(body)
  const [single, part] = gsm ? [160, 153] : [70, 67]
  return body.length <= single ? 1 : Math.ceil(body.length / part)
}

function basicAuth(header: string | undefined): { user: string; password: string } | undefined {
  const match = /^Basic\s+(.+)$/i.exec(header ?? "")
  if (!match) return undefined
  const decoded = Buffer.from(match[1], "base64").toString("utf8")
  const colon = decoded.indexOf(":")
  return colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString("utf8")
}

export async function startFakeTwilio({ accountSid, authToken }: { accountSid: string; authToken: string }): Promise<{
  /** The base URL to give the provider (TWILIO_API_BASE_URL). */
  url: string
  calls: FakeTwilioCall[]
  /** Messages the fake accepted, in order. */
  messages: FakeTwilioMessage[]
  /** The next `times` calls to Messages fail with `failure`, then calls succeed again. */
  failNext(times: number, failure: FakeTwilioFailure): void
  /** Forgets calls, messages and scripted failures. */
  reset(): void
  close(): Promise<void>
}> {
  const calls: FakeTwilioCall[] = []
  const messages: FakeTwilioMessage[] = []
  let failures: FakeTwilioFailure[] = []

  function createMessage(sid: string, params: Record<string, string>): Reply {
    if (!params.To) return twilioError(400, 21604, "A 'To' phone number is required.")
    if (!E164.test(params.To)) return twilioError(400, 21211, `Invalid 'To' Phone Number: ${params.To}`)
    if (!params.From && !params.MessagingServiceSid) return twilioError(400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message.")
    if (!params.Body) return twilioError(400, 21602, "Message body is required.")
    if (params.Body.length > 1600) return twilioError(400, 21617, "The concatenated message body exceeds the 1600 character limit.")
    const now = new Date().toUTCString().replace("GMT", "+0000")
    const messageSid = twilioSid("SM")
    const message: FakeTwilioMessage = {
      sid: messageSid,
      account_sid: sid,
      api_version: "2010-04-01",
      to: params.To,
      from: params.From ?? null,
      messaging_service_sid: params.MessagingServiceSid ?? null,
      body: params.Body,
      // with a messaging service Twilio first accepts, then picks the sender
      status: params.MessagingServiceSid ? "accepted" : "queued",
      direction: "outbound-api",
      num_segments: String(segmentsOf(params.Body)),
      num_media: "0",
      price: null,
      price_unit: "USD",
      error_code: null,
      error_message: null,
      date_created: now,
      date_updated: now,
      date_sent: null,
      uri: `/2010-04-01/Accounts/${sid}/Messages/${messageSid}.json`,
      subresource_uris: { media: `/2010-04-01/Accounts/${sid}/Messages/${messageSid}/Media.json` },
    }
    messages.push(message)
    return { status: 201, body: message }
  }

  function answer(request: IncomingMessage, path: string, params: Record<string, string>): Reply | "disconnect" {
    const credentials = basicAuth(request.headers.authorization)
    const authorized = credentials?.user === accountSid && credentials.password === authToken
    const call: FakeTwilioCall = { method: request.method ?? "", path, params, authorized, status: 0 }
    calls.push(call)
    const reply = ((): Reply | "disconnect" => {
      if (!authorized) return scriptedError(401)
      const route = MESSAGES_PATH.exec(path)
      // Twilio answers another account's path, or an unknown one, as not found
      if (!route || route[1] !== accountSid) return twilioError(404, 20404, `The requested resource ${path} was not found`)
      if (request.method !== "POST") return twilioError(405, 20004, "Method not allowed")
      const failure = failures.shift()
      if (failure === "disconnect") return failure
      return failure ? scriptedError(failure) : createMessage(route[1], params)
    })()
    call.status = reply === "disconnect" ? 0 : reply.status
    return reply
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://fake")
    const params = Object.fromEntries(new URLSearchParams(await readBody(request)))
    const reply = answer(request, url.pathname, params)
    if (reply === "disconnect") {
      request.socket.destroy()
      return
    }
    response.writeHead(reply.status, { "Content-Type": "application/json", "Twilio-Request-Id": twilioSid("RQ") })
    response.end(JSON.stringify(reply.body))
  }

  const server = await listenOnLoopback(handle)

  return {
    url: server.url,
    calls,
    messages,
    failNext(times, failure) {
      failures.push(...Array<FakeTwilioFailure>(times).fill(failure))
    },
    reset() {
      calls.length = 0
      messages.length = 0
      failures = []
    },
    close: server.close,
  }
}
