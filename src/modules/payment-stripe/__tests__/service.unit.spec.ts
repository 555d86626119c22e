import { MedusaError } from "@medusajs/framework/utils"
import { startFakeStripe } from "../../../../integration-tests/fakes/stripe"
import StripeService, { stripeClientHost } from "../service"

const OPTIONS = { apiKey: "sk_test_unit_0123456789", webhookSecret: "whsec_unit_0123456789", capture: true }

describe("StripeService", () => {
  let fakeStripe: Awaited<ReturnType<typeof startFakeStripe>>

  beforeAll(async () => {
    fakeStripe = await startFakeStripe({ apiKey: OPTIONS.apiKey })
  })
  afterAll(() => fakeStripe.close())

  it("sends Medusa's PaymentIntent calls to apiBaseUrl, in cents, with the secret key", async () => {
    const service = new StripeService({}, { ...OPTIONS, apiBaseUrl: fakeStripe.url })

    const session = await service.initiatePayment({ amount: 12.5, currency_code: "usd", data: { session_id: "payses_unit" } })

    expect(session.id).toMatch(/^pi_/)
    expect(session.status).toBe("pending")
    expect(fakeStripe.calls).toEqual([
      expect.objectContaining({ method: "POST", path: "/v1/payment_intents", authorized: true }),
    ])
    expect(fakeStripe.calls[0].params).toMatchObject({ amount: "1250", currency: "usd", metadata: { session_id: "payses_unit" } })
  })

  it("keeps Medusa's client for api.stripe.com when apiBaseUrl is unset", () => {
    const service = new StripeService({}, OPTIONS)

    const client = (service as unknown as { stripe_: { getApiField(name: string): unknown } }).stripe_
    expect([client.getApiField("host"), client.getApiField("protocol")]).toEqual(["api.stripe.com", "https"])
  })

  it("keeps Medusa's provider identifier, so the provider id stays pp_stripe_stripe", () => {
    expect(StripeService.identifier).toBe("stripe")
  })
})

describe("stripeClientHost", () => {
  it("takes the default port of the scheme when the URL names none", () => {
    expect(stripeClientHost("https://stripe.example.test")).toEqual({ host: "stripe.example.test", port: 443, protocol: "https" })
    expect(stripeClientHost("http://127.0.0.1:12111/")).toEqual({ host: "127.0.0.1", port: 12111, protocol: "http" })
  })

  it("refuses a URL with a path, which the SDK would silently drop", () => {
    expect(() => stripeClientHost("http://127.0.0.1:12111/stripe")).toThrow(MedusaError)
  })
})
