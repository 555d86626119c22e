import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { MedusaStripeSdk } from "../../src/modules/payment-stripe/service"
import { startFakeStripe } from "../fakes/stripe"
import { eventually } from "../helpers/eventually"

jest.setTimeout(120_000)

const API_KEY = "sk_test_dasturxon_fake_0123456789"
const WEBHOOK_SECRET = "whsec_dasturxon_fake_0123456789"
process.env.STRIPE_API_KEY = API_KEY
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
process.env.PAYMENT_WEBHOOK_DELAY_MS = "1"

const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
const WEBHOOK_PATH = "/hooks/payment/stripe_stripe"
const PROCESS_PAYMENT_WORKFLOW = "process-payment-workflow"
const BUYER_ADDRESS = {
  first_name: "Aziza",
  last_name: "Rahimova",
  address_1: "350 Fifth Avenue",
  city: "New York",
  province: "NY",
  postal_code: "10118",
  country_code: "us",
  phone: "+12125550100",
}

/*
 * The fake Stripe listens on a random port, so its URL is known only once it runs. This top-level hook runs before
 * the runner's own beforeAll, which reads medusa-config.ts (and so STRIPE_API_BASE_URL) and boots the app.
 */
let fakeStripe: Awaited<ReturnType<typeof startFakeStripe>>
beforeAll(async () => {
  fakeStripe = await startFakeStripe({ apiKey: API_KEY })
  process.env.STRIPE_API_BASE_URL = fakeStripe.url
})
afterAll(() => fakeStripe.close())

type Settlement = { args: unknown[]; outcome: PromiseSettledResult<unknown> }

/* Webhooks are processed in the background after the 200; recording how each call ended lets a test wait for it. */
function recordSettlements(target: object, method: string): Settlement[] {
  const settlements: Settlement[] = []
  const original = (target as Record<string, (...args: unknown[]) => Promise<unknown>>)[method].bind(target)
  jest.spyOn(target as Record<string, () => Promise<unknown>>, method).mockImplementation((...args: unknown[]) => {
    const result = original(...args)
    result.then(
      (value) => settlements.push({ args, outcome: { status: "fulfilled", value } }),
      (reason) => settlements.push({ args, outcome: { status: "rejected", reason } })
    )
    return result
  })
  return settlements
}

/* Medusa amounts are major units; Stripe's are minor (cents). String digits, no float arithmetic. */
function centsOf(amount: number): number {
  const [whole, fraction = ""] = String(amount).split(".")
  return Number(whole + fraction.padEnd(2, "0"))
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: { headers: Record<string, string> }
    let regionId: string
    let variantId: string
    let webhookDecodings: Settlement[]
    let workflowRuns: Settlement[]

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const paymentRuns = () => workflowRuns.filter((run) => run.args[0] === PROCESS_PAYMENT_WORKFLOW)

    beforeAll(async () => {
      const container = getContainer()
      const seed = await seedDemoStore(container, { bakeries: false })
      storeHeaders = { headers: { "x-publishable-api-key": seed.publishableKeyTokens["Web storefront"] } }

      const { data: regions } = await query().graph({ entity: "region", fields: ["id"], filters: { name: "International" } })
      regionId = regions[0].id
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: regionId }, update: { payment_providers: ["pp_system_default", STRIPE_PROVIDER_ID] } },
      })
      const { data: products } = await query().graph({ entity: "product", fields: ["variants.id"], filters: { handle: "medovik" } })
      variantId = products[0].variants[0].id

      webhookDecodings = recordSettlements(container.resolve(Modules.PAYMENT), "getWebhookActionAndData")
      workflowRuns = recordSettlements(container.resolve(Modules.WORKFLOW_ENGINE), "run")
    })

    beforeEach(() => {
      webhookDecodings.length = 0
      workflowRuns.length = 0
    })

    afterAll(() => jest.restoreAllMocks())

    async function cartWithStripeSession(): Promise<{ cartId: string; sessionId: string; total: number }> {
      const { data: created } = await api.post("/store/carts", { region_id: regionId }, storeHeaders)
      const cartId = created.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 2 }, storeHeaders)
      await api.post(
        `/store/carts/${cartId}`,
        { email: "aziza@example.com", shipping_address: BUYER_ADDRESS, billing_address: BUYER_ADDRESS },
        storeHeaders
      )
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, storeHeaders)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, storeHeaders)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, storeHeaders)
      const { data: withSession } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: STRIPE_PROVIDER_ID },
        storeHeaders
      )
      const { data: cart } = await api.get(`/store/carts/${cartId}?fields=total,currency_code`, storeHeaders)
      expect(cart.cart.currency_code).toBe("usd")
      return { cartId, sessionId: withSession.payment_collection.payment_sessions[0].id, total: cart.cart.total }
    }

    /* What the customer paid, as Stripe would report it: the intent succeeded, and the event about it. */
    function paidIntentEvent(sessionId: string): { intentId: string; payload: string } {
      const intent = fakeStripe.intentOfSession(sessionId)!
      fakeStripe.setIntentStatus(intent.id, "succeeded")
      return { intentId: intent.id, payload: JSON.stringify(fakeStripe.eventOf("payment_intent.succeeded", intent.id)) }
    }

    const signatureOf = (payload: string, secret = WEBHOOK_SECRET): string =>
      MedusaStripeSdk.webhooks.generateTestHeaderString({ payload, secret })

    function deliver(payload: string, signature?: string) {
      const headers = { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) }
      return api.post(WEBHOOK_PATH, payload, { headers })
    }

    async function checkoutState(cartId: string) {
      const { data: carts } = await query().graph({
        entity: "cart",
        fields: [
          "completed_at",
          "payment_collection.id",
          "payment_collection.status",
          "payment_collection.payment_sessions.status",
          "payment_collection.payments.*",
          "payment_collection.payments.captures.*",
        ],
        filters: { id: cartId },
      })
      const { data: orderLinks } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      // Typed loosely: a fresh clone has no generated query types, and the assertions check the shape anyway.
      const { payment_collection: collection, completed_at } = carts[0] as any
      return { completedAt: completed_at, collection, orderIds: orderLinks.map((link: { order_id: string }) => link.order_id) }
    }

    describe("POST /store/payment-collections/:id/payment-sessions", () => {
      it("creates the PaymentIntent in Stripe for the session, in cents, with the secret key", async () => {
        const { sessionId, total } = await cartWithStripeSession()

        const intent = fakeStripe.intentOfSession(sessionId)
        expect(intent).toMatchObject({ amount: centsOf(total), currency: "usd", capture_method: "automatic" })
        const creations = fakeStripe.calls.filter((call) => call.path === "/v1/payment_intents")
        const creation = creations.find((call) => (call.params.metadata as Record<string, string>).session_id === sessionId)
        expect(creation).toMatchObject({ method: "POST", authorized: true, idempotencyKey: expect.any(String) })
        expect(fakeStripe.calls.every((call) => call.authorized)).toBe(true)
      })
    })

    describe("POST /hooks/payment/stripe_stripe", () => {
      it("turns the cart into an order with a captured payment on a signed payment_intent.succeeded", async () => {
        const { cartId, sessionId, total } = await cartWithStripeSession()
        const { intentId, payload } = paidIntentEvent(sessionId)

        const response = await deliver(payload, signatureOf(payload))
        expect(response.status).toBe(200)

        const runs = await eventually(() => (paymentRuns().length === 1 ? paymentRuns() : undefined), "the payment workflow")
        expect(runs[0].outcome.status).toBe("fulfilled")
        const state = await checkoutState(cartId)
        expect(state.completedAt).not.toBeNull()
        expect(state.orderIds).toHaveLength(1)
        expect(state.collection.status).toBe("completed")
        expect(state.collection.payments).toHaveLength(1)
        const [payment] = state.collection.payments
        expect(payment).toMatchObject({ provider_id: STRIPE_PROVIDER_ID, amount: total, currency_code: "usd" })
        expect(payment.data.id).toBe(intentId)
        expect(payment.captures.map((capture: { amount: number }) => capture.amount)).toEqual([total])

        const { data } = await api.get(`/store/orders/${state.orderIds[0]}`, storeHeaders)
        expect(data.order).toMatchObject({ email: "aziza@example.com", currency_code: "usd", total, payment_status: "captured" })
        expect(data.order.payment_collections.map((collection: { id: string }) => collection.id)).toEqual([state.collection.id])
        // Autocapture: Stripe captured on its side, so Medusa records the capture without asking Stripe to capture.
        expect(fakeStripe.calls.filter((call) => call.path.endsWith("/capture"))).toEqual([])
        expect(fakeStripe.calls.some((call) => call.method === "GET" && call.path === `/v1/payment_intents/${intentId}`)).toBe(true)
      })

      it("changes nothing for an event with a wrong signature or none, even though the intent succeeded", async () => {
        const { cartId, sessionId } = await cartWithStripeSession()
        const { intentId, payload } = paidIntentEvent(sessionId)

        const responses = [await deliver(payload, signatureOf(payload, "whsec_forged_by_someone_else")), await deliver(payload)]

        // Medusa answers 200 at once and checks the signature when it processes the event in the background.
        expect(responses.map((response) => response.status)).toEqual([200, 200])
        const decodings = await eventually(
          () => (webhookDecodings.length === 2 ? webhookDecodings : undefined),
          "both events to be processed"
        )
        for (const { outcome } of decodings) {
          expect(outcome.status).toBe("rejected")
          expect(String((outcome as PromiseRejectedResult).reason)).toMatch(/signature/i)
        }
        expect(paymentRuns()).toEqual([])
        const state = await checkoutState(cartId)
        expect(state.completedAt).toBeNull()
        expect(state.orderIds).toEqual([])
        expect(state.collection.payments).toEqual([])
        expect(state.collection.payment_sessions.map((session: { status: string }) => session.status)).toEqual(["pending"])
        expect(fakeStripe.calls.some((call) => call.path.startsWith(`/v1/payment_intents/${intentId}`))).toBe(false)
      })

      it("makes one order and one capture when the same signed event arrives twice at once", async () => {
        const { cartId, sessionId, total } = await cartWithStripeSession()
        const { payload } = paidIntentEvent(sessionId)
        const signature = signatureOf(payload)

        const responses = await Promise.all([deliver(payload, signature), deliver(payload, signature)])

        expect(responses.map((response) => response.status)).toEqual([200, 200])
        const runs = await eventually(() => (paymentRuns().length === 2 ? paymentRuns() : undefined), "both payment workflows")
        expect(runs.map((run) => run.outcome.status)).toEqual(["fulfilled", "fulfilled"])
        const state = await checkoutState(cartId)
        expect(state.orderIds).toHaveLength(1)
        expect(state.collection.payments).toHaveLength(1)
        expect(state.collection.payments[0].captures.map((capture: { amount: number }) => capture.amount)).toEqual([total])
        const { data: ordersOfBuyer } = await query().graph({ entity: "order", fields: ["id"], filters: { email: "aziza@example.com" } })
        expect(ordersOfBuyer).toHaveLength(1)
      })
    })
  },
})
