import { PaymentSessionStatus } from "@medusajs/framework/utils"
import PaymePaymentProviderService from "../../../modules/payment-payme/service"
import { signConfirmation } from "../confirmation"

const settings = {
  merchantId: "587f72c72cac0d162c722ae2",
  key: "payme-key",
  testMode: false,
  accountField: "order_id",
  checkoutUrl: "https://checkout.paycom.uz",
  returnUrl: "https://shop.example.uz/paid",
}

describe("Payme and Click providers (shared gateway behaviour)", () => {
  const provider = new PaymePaymentProviderService({}, settings)
  const initiate = (data: Record<string, unknown> = {}, currency_code = "uzs") =>
    provider.initiatePayment({ amount: 185000, currency_code, data: { session_id: "payses_1", ...data } })
  const confirmed = (amount_tiyin = "18500000") =>
    signConfirmation("payme-key", "payses_1", { gateway: "payme", purpose: "capture", transaction_id: "t1", amount_tiyin, confirmed_at: "2026-11-22T10:00:00Z" })

  it("builds the session data from the server's own values, whatever the storefront sent", async () => {
    const { data, status } = await initiate({ amount_tiyin: "1", confirmation: confirmed("1"), reference: "other" })
    expect(status).toBe(PaymentSessionStatus.PENDING)
    expect(data).toEqual({
      session_id: "payses_1",
      reference: "payses_1",
      amount_tiyin: "18500000",
      checkout_url: expect.stringMatching(/^https:\/\/checkout\.paycom\.uz\/[A-Za-z0-9+/=]+$/),
      return_url: "https://shop.example.uz/paid",
      confirmation: null,
    })
  })

  it("takes the storefront's return_url and language when they are valid", async () => {
    const { data } = await initiate({ return_url: "https://t.me/dasturxon_bot", lang: "uz" })
    const decoded = Buffer.from(String(data!.checkout_url).split("/").pop()!, "base64").toString()
    expect(decoded).toContain(";l=uz;c=https://t.me/dasturxon_bot")
    const { data: fallback } = await initiate({ return_url: "javascript:alert(1)" })
    expect(fallback!.return_url).toBe("https://shop.example.uz/paid")
  })

  it("refuses another currency with CURRENCY_NOT_SUPPORTED", async () => {
    await expect(initiate({}, "usd")).rejects.toMatchObject({ code: "CURRENCY_NOT_SUPPORTED", type: "invalid_data" })
  })

  it("authorizes as captured only with a confirmation signed for the session's amount", async () => {
    const { data } = await initiate()
    expect((await provider.authorizePayment({ data })).status).toBe(PaymentSessionStatus.PENDING)
    expect((await provider.authorizePayment({ data: { ...data, confirmation: confirmed("100") } })).status).toBe(PaymentSessionStatus.PENDING)
    expect((await provider.authorizePayment({ data: { ...data, confirmation: confirmed() } })).status).toBe(PaymentSessionStatus.CAPTURED)
  })

  it("keeps a confirmation across an update, which stops counting once the amount changes", async () => {
    const { data } = await initiate()
    const same = await provider.updatePayment({ amount: 185000, currency_code: "uzs", data: { ...data, confirmation: confirmed() } })
    expect((await provider.authorizePayment({ data: same.data })).status).toBe(PaymentSessionStatus.CAPTURED)
    const changed = await provider.updatePayment({ amount: 200000, currency_code: "uzs", data: { ...data, confirmation: confirmed() } })
    expect(changed.data!.amount_tiyin).toBe("20000000")
    expect((await provider.authorizePayment({ data: changed.data })).status).toBe(PaymentSessionStatus.PENDING)
  })

  it("refuses a Payme refund that Payme did not report, and records one it did", async () => {
    const { data } = await initiate()
    await expect(provider.refundPayment({ amount: 185000, data })).rejects.toMatchObject({ code: "REFUND_NOT_SUPPORTED" })
    const refund = signConfirmation("payme-key", "payses_1", { gateway: "payme", purpose: "refund", transaction_id: "t1", amount_tiyin: "18500000", confirmed_at: "x" })
    await expect(provider.refundPayment({ amount: 185000, data: { ...data, refund } })).resolves.toEqual({ data: { ...data, refund } })
  })
})
