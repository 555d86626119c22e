import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

/*
 * A stand-in for Stripe's REST API (https://api.stripe.com) on 127.0.0.1, for the PaymentIntent calls Medusa's Stripe
 * provider makes: create, retrieve, update, capture and cancel. It speaks Stripe's wire protocol (form-encoded
 * bodies with bracketed keys, JSON objects and errors in Stripe's shapes), checks the secret key in
 * `Authorization: Bearer`, records every call, and lets a test move an intent on as the customer's payment would.
 */

export type FakeStripeCall = {
  method: string
  path: string
  /** The decoded form body (or query of a GET), e.g. { amount: "1200", metadata: { session_id: "payses_..." } }. */
  params: Record<string, unknown>
  authorized: boolean
  idempotencyKey: string | undefined
}

export type PaymentIntentStatus =
  | "requires_payment_method"
  | "requires_confirmation"
  | "requires_action"
  | "processing"
  | "requires_capture"
  | "canceled"
  | "succeeded"

export type FakePaymentIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status: PaymentIntentStatus
  capture_method: string
  client_secret: string
  metadata: Record<string, string>
  description: string | null
  customer: string | null
  payment_method: string | null
  payment_method_types: string[]
  last_payment_error: null
  next_action: null
  canceled_at: number | null
  cancellation_reason: string | null
  created: number
  livemode: false
}

type Form = Record<string, unknown>
type StripeReply = { status: number; body: unknown }

const CANCELABLE: PaymentIntentStatus[] = [
  "requires_payment_method",
  "requires_confirmation",
  "requires_action",
  "processing",
  "requires_capture",
]

const now = () => Math.floor(Date.now() / 1000)
const stripeId = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`

/* Stripe's form encoding nests with brackets: metadata[session_id]=x, expand[0]=payment_method. */
function decodeForm(encoded: string): Form {
  const form: Form = {}
  for (const [key, value] of new URLSearchParams(encoded)) {
    const [head, ...rest] = key.split("[").map((part) => part.replace(/]$/, ""))
    let target = form
    for (const part of [head, ...rest].slice(0, -1)) {
      target = (target[part] ??= {}) as Form
    }
    target[[head, ...rest].at(-1) as string] = value
  }
  return form
}

function stripeError(status: number, error: Record<string, unknown>): StripeReply {
  return { status, body: { error: { type: "invalid_request_error", ...error } } }
}

function unexpectedState(intent: FakePaymentIntent, action: string): StripeReply {
  return stripeError(400, {
    code: "payment_intent_unexpected_state",
    message: `This PaymentIntent could not be ${action} because it has a status of ${intent.status}.`,
    payment_intent: intent,
  })
}

export async function startFakeStripe({ apiKey }: { apiKey: string }): Promise<{
  url: string
  calls: FakeStripeCall[]
  /** The intent Medusa created for a payment session (Medusa puts the session id in its metadata). */
  intentOfSession(sessionId: string): FakePaymentIntent | undefined
  /** Moves an intent as Stripe would once the customer pays ("succeeded") or the bank authorises ("requires_capture"). */
  setIntentStatus(intentId: string, status: PaymentIntentStatus): FakePaymentIntent
  /** A Stripe Event about an intent as it is now, ready to be signed and delivered to a webhook. */
  eventOf(type: string, intentId: string): Record<string, unknown>
  close(): Promise<void>
}> {
  const calls: FakeStripeCall[] = []
  const intents = new Map<string, FakePaymentIntent>()

  function createIntent(form: Form): StripeReply {
    const id = stripeId("pi")
    const intent: FakePaymentIntent = {
      id,
      object: "payment_intent",
      amount: Number(form.amount),
      amount_capturable: 0,
      amount_received: 0,
      currency: String(form.currency),
      status: "requires_payment_method",
      capture_method: (form.capture_method as string) ?? "automatic",
      client_secret: `${id}_secret_${randomBytes(8).toString("hex")}`,
      metadata: (form.metadata as Record<string, string>) ?? {},
      description: (form.description as string) ?? null,
      customer: (form.customer as string) ?? null,
      payment_method: null,
      payment_method_types: form.payment_method_types ? Object.values(form.payment_method_types as Form).map(String) : ["card"],
      last_payment_error: null,
      next_action: null,
      canceled_at: null,
      cancellation_reason: null,
      created: now(),
      livemode: false,
    }
    intents.set(id, intent)
    return { status: 200, body: intent }
  }

  function changeIntent(intent: FakePaymentIntent, action: string | undefined, form: Form): StripeReply {
    if (action === undefined) {
      if (form.amount !== undefined) intent.amount = Number(form.amount)
      Object.assign(intent.metadata, form.metadata ?? {})
      return { status: 200, body: intent }
    }
    if (action === "capture") {
      if (intent.status !== "requires_capture") return unexpectedState(intent, "captured")
      Object.assign(intent, { status: "succeeded", amount_received: Number(form.amount_to_capture ?? intent.amount), amount_capturable: 0 })
      return { status: 200, body: intent }
    }
    if (!CANCELABLE.includes(intent.status)) return unexpectedState(intent, "canceled")
    Object.assign(intent, { status: "canceled", canceled_at: now(), cancellation_reason: form.cancellation_reason ?? null, amount_capturable: 0 })
    return { status: 200, body: intent }
  }

  function route(method: string, path: string, form: Form): StripeReply {
    if (method === "POST" && path === "/v1/payment_intents") return createIntent(form)
    const match = /^\/v1\/payment_intents\/([^/]+)(?:\/(capture|cancel))?$/.exec(path)
    const intent = match && intents.get(match[1])
    if (match && !intent) {
      return stripeError(404, { code: "resource_missing", param: "intent", message: `No such payment_intent: '${match[1]}'` })
    }
    if (intent && method === "GET" && !match[2]) return { status: 200, body: intent }
    if (intent && method === "POST") return changeIntent(intent, match[2], form)
    return stripeError(404, { message: `Unrecognized request URL (${method}: ${path}). This fake serves PaymentIntents only.` })
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://fake")
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const method = request.method ?? ""
    const form = decodeForm(method === "GET" ? url.search.slice(1) : Buffer.concat(chunks).toString())
    const authorized = request.headers.authorization === `Bearer ${apiKey}`
    const idempotencyKey = request.headers["idempotency-key"] as string | undefined
    calls.push({ method, path: url.pathname, params: form, authorized, idempotencyKey })

    // Stripe's reply to a wrong key; the key itself is not echoed (Stripe shows a masked one).
    const reply = authorized
      ? route(method, url.pathname, form)
      : stripeError(401, { message: "Invalid API Key provided." })
    response.writeHead(reply.status, { "Content-Type": "application/json", "Request-Id": stripeId("req") })
    response.end(JSON.stringify(reply.body))
  }

  function intentOrThrow(intentId: string): FakePaymentIntent {
    const intent = intents.get(intentId)
    if (!intent) throw new Error(`The fake Stripe has no payment intent ${intentId}`)
    return intent
  }

  const server = createServer((request, response) => void handle(request, response))
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    intentOfSession(sessionId) {
      return [...intents.values()].find((intent) => intent.metadata.session_id === sessionId)
    },
    setIntentStatus(intentId, status) {
      const intent = intentOrThrow(intentId)
      intent.status = status
      intent.amount_received = status === "succeeded" ? intent.amount : 0
      intent.amount_capturable = status === "requires_capture" ? intent.amount : 0
      return intent
    },
    eventOf(type, intentId) {
      return {
        id: stripeId("evt"),
        object: "event",
        api_version: "2024-04-10",
        created: now(),
        type,
        data: { object: structuredClone(intentOrThrow(intentId)) },
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
      }
    },
    close() {
      server.closeAllConnections()
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    },
  }
}
