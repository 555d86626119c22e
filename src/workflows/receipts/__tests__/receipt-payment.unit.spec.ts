import type { MedusaContainer } from "@medusajs/framework/types"
import { gatewayTransactionId, paidPayment, type OrderPayment } from "../receipt-payment"

const payment = (overrides: Partial<OrderPayment>): OrderPayment => ({
  id: "pay_1",
  provider_id: "pp_payme_payme",
  payment_session_id: "payses_1",
  data: {},
  captured_at: "2026-12-06T10:00:00.000Z",
  canceled_at: null,
  captures: [{ amount: 349000, created_at: "2026-12-06T10:00:00.000Z" }],
  ...overrides,
})

/** The gateway module's two list methods, answering rows by session id. */
function containerWith(rows: { payme?: Record<string, unknown>[]; click?: Record<string, unknown>[] }) {
  const asked: unknown[] = []
  const gateway = {
    listPaymeTransactions: async (filters: unknown) => (asked.push(filters), rows.payme ?? []),
    listClickTransactions: async (filters: unknown) => (asked.push(filters), rows.click ?? []),
  }
  return { container: { resolve: () => gateway } as unknown as MedusaContainer, asked }
}

describe("paidPayment", () => {
  it("answers the payment captured last once captures cover the total", () => {
    const first = payment({ id: "pay_1", captures: [{ amount: "100000" }], captured_at: "2026-12-06T09:00:00.000Z" })
    const second = payment({ id: "pay_2", provider_id: "pp_click_click", captures: [{ amount: "249000" }], captured_at: "2026-12-06T11:00:00.000Z" })
    expect(paidPayment([second, first], "349000")).toEqual({ provider_id: "pp_click_click", payment: second, paid_at: "2026-12-06T11:00:00.000Z" })
  })

  it("answers null for an authorized payment, a partial capture, a canceled payment and an order of 0", () => {
    expect(paidPayment([payment({ captured_at: null, captures: [] })], "349000")).toBeNull()
    expect(paidPayment([payment({ captures: [{ amount: "348999.99" }] })], "349000")).toBeNull()
    expect(paidPayment([payment({ canceled_at: "2026-12-06T10:05:00.000Z" })], "349000")).toBeNull()
    expect(paidPayment([], 0)).toBeNull()
  })

  it("takes the paid time from the last capture when the payment has no captured_at", () => {
    const captured = payment({ captured_at: null, captures: [{ amount: 200000, created_at: "2026-12-06T08:00:00.000Z" }, { amount: 149000, created_at: "2026-12-06T09:30:00.000Z" }] })
    expect(paidPayment([captured], 349000)?.paid_at).toBe("2026-12-06T09:30:00.000Z")
  })
})

describe("gatewayTransactionId", () => {
  it("gives Payme's transaction id of the session's live transaction", async () => {
    const { container, asked } = containerWith({ payme: [{ payme_id: "5e730e8e0b852a417aa49ceb" }] })
    expect(await gatewayTransactionId(container, payment({}))).toBe("5e730e8e0b852a417aa49ceb")
    expect(asked).toEqual([{ payment_session_id: "payses_1", state: [1, 2] }])
  })

  it("gives Click's click_trans_id, as the admin's gateway transactions widget shows it", async () => {
    const { container, asked } = containerWith({ click: [{ click_trans_id: "2104593958" }] })
    expect(await gatewayTransactionId(container, payment({ provider_id: "pp_click_click" }))).toBe("2104593958")
    expect(asked).toEqual([{ payment_session_id: "payses_1", status: ["PREPARED", "COMPLETED"] }])
  })

  it("gives Telegram's charge id from the signed confirmation and Stripe's PaymentIntent id", async () => {
    const { container } = containerWith({})
    const confirmation = { gateway: "telegram", transaction_id: "tg-charge-77" }
    expect(await gatewayTransactionId(container, payment({ provider_id: "pp_telegram_telegram", data: { confirmation } }))).toBe("tg-charge-77")
    expect(await gatewayTransactionId(container, payment({ provider_id: "pp_stripe_stripe", data: { id: "pi_3Q" } }))).toBe("pi_3Q")
    expect(await gatewayTransactionId(container, payment({ provider_id: "pp_system_default", data: {} }))).toBeNull()
  })
})
