import { newPaymentLinkToken, offeredLinkProviders, paymentLinks } from "../payment-links"

const ALL = ["pp_system_default", "pp_payme_payme", "pp_click_click", "pp_stripe_stripe"]

describe("offeredLinkProviders", () => {
  it("offers Payme and Click for UZS, and Stripe only with its publishable key", () => {
    expect(offeredLinkProviders(ALL, "uzs", false)).toEqual(["pp_payme_payme", "pp_click_click"])
    expect(offeredLinkProviders(ALL, "UZS", true)).toEqual(["pp_payme_payme", "pp_click_click", "pp_stripe_stripe"])
  })

  it("offers only Stripe for USD, and nothing the region lacks", () => {
    expect(offeredLinkProviders(ALL, "usd", true)).toEqual(["pp_stripe_stripe"])
    expect(offeredLinkProviders(["pp_system_default"], "uzs", true)).toEqual([])
  })
})

describe("paymentLinks", () => {
  it("builds one link per offered provider in a stable order", () => {
    expect(paymentLinks("https://shop.uz", "tok", ["pp_click_click", "pp_payme_payme"])).toEqual([
      { provider_id: "pp_payme_payme", url: "https://shop.uz/pay/custom-cakes/tok/payme" },
      { provider_id: "pp_click_click", url: "https://shop.uz/pay/custom-cakes/tok/click" },
    ])
  })

  it("has no links without a token (cancelled, expired or paid)", () => {
    expect(paymentLinks("https://shop.uz", null, ["pp_payme_payme"])).toEqual([])
  })

  it("makes URL-safe tokens of 192 random bits, never the same twice", () => {
    const tokens = new Set(Array.from({ length: 100 }, newPaymentLinkToken))
    expect(tokens.size).toBe(100)
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/)
  })
})
