import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { GATEWAY_MODULE } from "../../src/modules/gateway"
import type GatewayModuleService from "../../src/modules/gateway/service"
import { clickSignString, type ClickPhase, type ClickRequest } from "../../src/modules/payment-click/protocol"
import { startFakeClickMerchantApi } from "../fakes/click-merchant-api"
import { eventually } from "../helpers/eventually"
import { checkoutState, sellOut, startGatewayCheckout, storeFixtures, type GatewayCheckout } from "../helpers/gateway-checkout"

jest.setTimeout(180_000)

const CLICK = { serviceId: "31337", merchantId: "9001", secretKey: "click-secret-key-for-tests", merchantUserId: "4242" }
process.env.CLICK_SERVICE_ID = CLICK.serviceId
process.env.CLICK_MERCHANT_ID = CLICK.merchantId
process.env.CLICK_SECRET_KEY = CLICK.secretKey
process.env.CLICK_MERCHANT_USER_ID = CLICK.merchantUserId

let merchantApi: Awaited<ReturnType<typeof startFakeClickMerchantApi>>
// Declared before the runner, so the fake answers before the app (and its Click provider) boots.
beforeAll(async () => {
  merchantApi = await startFakeClickMerchantApi(CLICK)
  process.env.CLICK_MERCHANT_API_URL = merchantApi.url
})
afterAll(() => merchantApi.close())

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    const gateway = () => container().resolve<GatewayModuleService>(GATEWAY_MODULE)
    let fixtures: Awaited<ReturnType<typeof storeFixtures>>
    let clickTransId = 9_007_199_254_740_990n // beyond 2^53: ids must survive as strings

    beforeAll(async () => {
      await seedDemoStore(container())
      fixtures = await storeFixtures(api, query())
    })

    const checkout = (handle = "napoleon"): Promise<GatewayCheckout> =>
      startGatewayCheckout(api, fixtures.web, { region_id: fixtures.uzbekistan, variant_id: fixtures.variantOf(handle), provider_id: "pp_click_click" })
    const soum = (sale: GatewayCheckout) => `${BigInt(sale.amount_tiyin) / 100n}.00`

    function signed(phase: ClickPhase, fields: Partial<ClickRequest>): Record<string, string> {
      const request = {
        click_trans_id: String(++clickTransId),
        service_id: CLICK.serviceId,
        click_paydoc_id: String(clickTransId + 1000n),
        action: phase === "prepare" ? "0" : "1",
        error: "0",
        error_note: "Success",
        sign_time: "2026-11-22 10:00:00",
        ...fields,
      } as ClickRequest
      return { ...request, sign_string: clickSignString(request, phase, CLICK.secretKey) } as Record<string, string>
    }
    async function send(phase: ClickPhase, form: Record<string, string>) {
      const response = await api.post(`/hooks/click/${phase}`, new URLSearchParams(form).toString(), {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        validateStatus: () => true,
      })
      expect(response.status).toBe(200)
      return response.data
    }
    const prepare = (sale: GatewayCheckout, fields: Partial<ClickRequest> = {}) =>
      send("prepare", signed("prepare", { merchant_trans_id: sale.session_id, amount: soum(sale), ...fields }))
    const complete = (sale: GatewayCheckout, prepared: { click_trans_id: string | number; merchant_prepare_id: number }, fields: Partial<ClickRequest> = {}) =>
      send(
        "complete",
        signed("complete", {
          click_trans_id: String(prepared.click_trans_id),
          merchant_trans_id: sale.session_id,
          merchant_prepare_id: String(prepared.merchant_prepare_id),
          amount: soum(sale),
          ...fields,
        })
      )

    const cartState = (sale: GatewayCheckout) => checkoutState(container(), sale)

    it("stores a Click pay URL with service, merchant, amount in soum, the session as transaction_param", async () => {
      const sale = await checkout()
      const url = new URL(sale.data.checkout_url)
      expect(`${url.origin}${url.pathname}`).toBe("https://my.click.uz/services/pay")
      expect(Object.fromEntries(url.searchParams)).toMatchObject({ service_id: CLICK.serviceId, merchant_id: CLICK.merchantId, amount: soum(sale), transaction_param: sale.session_id })
    })

    describe("Prepare", () => {
      it("answers 0 with a merchant_prepare_id, and the same id to a repeat", async () => {
        const sale = await checkout()
        const form = signed("prepare", { merchant_trans_id: sale.session_id, amount: soum(sale) })
        const first = await send("prepare", form)
        expect(first).toEqual({ click_trans_id: Number(form.click_trans_id) > Number.MAX_SAFE_INTEGER ? form.click_trans_id : Number(form.click_trans_id), merchant_trans_id: sale.session_id, merchant_prepare_id: expect.any(Number), error: 0, error_note: "Success" })
        expect(await send("prepare", form)).toEqual(first)
        const [row] = await gateway().listClickTransactions({ click_trans_id: form.click_trans_id })
        // the attempt carries the seller of the cart's napoleon, for the reports
        const { data: [napoleon] }: { data: any[] } = await query().graph({ entity: "product", fields: ["bakery.id"], filters: { handle: "napoleon" } })
        expect(row).toMatchObject({ status: "PREPARED", amount: soum(sale), prepare_id: first.merchant_prepare_id, seller_id: napoleon.bakery.id })
      })

      it("answers -1 to a bad sign, -8 to missing fields or another service, -3 to a wrong action, -5 to an unknown order, -2 to a wrong amount", async () => {
        const sale = await checkout()
        const good = signed("prepare", { merchant_trans_id: sale.session_id, amount: soum(sale) })
        expect((await send("prepare", { ...good, sign_string: "0".repeat(32) })).error).toBe(-1)
        const { sign_time: _dropped, ...missing } = good
        expect((await send("prepare", missing)).error).toBe(-8)
        expect((await send("prepare", signed("prepare", { merchant_trans_id: sale.session_id, amount: soum(sale), service_id: "1" }))).error).toBe(-8)
        expect((await send("prepare", signed("prepare", { merchant_trans_id: sale.session_id, amount: soum(sale), action: "1" }))).error).toBe(-3)
        expect((await send("prepare", signed("prepare", { merchant_trans_id: "payses_unknown", amount: soum(sale) }))).error).toBe(-5)
        expect((await send("prepare", signed("prepare", { merchant_trans_id: sale.session_id, amount: "1.00" }))).error).toBe(-2)
        expect(await gateway().listClickTransactions({ payment_session_id: sale.session_id })).toEqual([])
      })

      it("holds the cart while an attempt waits: a change is refused with CART_PAYMENT_IN_PROGRESS", async () => {
        const sale = await checkout()
        await prepare(sale)
        const refused = await api
          .post(`/store/carts/${sale.cart_id}/line-items`, { variant_id: fixtures.variantOf("medovik"), quantity: 1 }, { headers: fixtures.web })
          .catch((error: any) => error.response)
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("CART_PAYMENT_IN_PROGRESS")
      })
    })

    describe("Complete", () => {
      it("completes the cart into an order with a captured payment; repeats and later attempts answer -4", async () => {
        const sale = await checkout()
        const prepared = await prepare(sale)
        const answers = await Promise.all([1, 2, 3].map(() => complete(sale, prepared)))
        const codes = answers.map((answer) => answer.error).sort()
        expect(codes).toEqual([-4, -4, 0])
        expect(answers.find((answer) => answer.error === 0)).toMatchObject({ merchant_confirm_id: prepared.merchant_prepare_id, error_note: "Success" })
        const state = await cartState(sale)
        expect(state.completed).toBe(true)
        expect(state.payments).toHaveLength(1)
        expect(state.payments[0].captured_at).toBeTruthy()
        expect((await prepare(sale)).error).toBe(-4)
        // Click's test suite sends error<0 for a confirmed payment and expects -9; the order stays paid.
        expect((await complete(sale, prepared, { error: "-5017", error_note: "cancelled" })).error).toBe(-9)
        expect((await cartState(sale)).payments[0].captured_at).toBeTruthy()
      })

      it("answers -1 to a bad sign, -6 to an unknown prepare id, -2 to a wrong amount, and leaves the cart open", async () => {
        const sale = await checkout()
        const prepared = await prepare(sale)
        expect((await send("complete", { ...signed("complete", { click_trans_id: String(prepared.click_trans_id), merchant_trans_id: sale.session_id, merchant_prepare_id: String(prepared.merchant_prepare_id), amount: soum(sale) }), sign_string: "f".repeat(32) })).error).toBe(-1)
        expect((await complete(sale, { ...prepared, merchant_prepare_id: 999999999 })).error).toBe(-6)
        expect((await complete(sale, prepared, { amount: "1.00" })).error).toBe(-2)
        expect((await cartState(sale)).completed).toBe(false)
      })

      it("cancels on error<0 (-9, session canceled) and refuses a later success report with -9", async () => {
        const sale = await checkout()
        const prepared = await prepare(sale)
        expect((await complete(sale, prepared, { error: "-5017", error_note: "card declined" })).error).toBe(-9)
        expect((await complete(sale, prepared, { error: "-5017", error_note: "card declined" })).error).toBe(-9)
        expect((await complete(sale, prepared)).error).toBe(-9)
        const { data: [session] }: { data: any[] } = await query().graph({ entity: "payment_session", fields: ["status"], filters: { id: sale.session_id } })
        expect(session.status).toBe("canceled")
        expect((await cartState(sale)).completed).toBe(false)
      })

      it("supersedes an older waiting attempt, so only the newest can complete", async () => {
        const sale = await checkout()
        const older = await prepare(sale)
        const newer = await prepare(sale)
        expect(newer.merchant_prepare_id).not.toBe(older.merchant_prepare_id)
        expect((await complete(sale, older)).error).toBe(-9)
        expect((await complete(sale, newer)).error).toBe(0)
        expect((await cartState(sale)).payments).toHaveLength(1)
      })

      it("answers 0 and reverses the payment at Click when Medusa can no longer sell the cart", async () => {
        const sale = await checkout("medovik")
        const prepared = await prepare(sale)
        await sellOut(container(), fixtures.variantOf("medovik"))
        const callsBefore = merchantApi.calls.length

        expect((await complete(sale, prepared)).error).toBe(0)
        const [row] = await gateway().listClickTransactions({ prepare_id: prepared.merchant_prepare_id })
        expect(row).toMatchObject({ status: "REVERSED", cancel_reason: "MEDUSA_REFUSED" })
        expect(merchantApi.calls.slice(callsBefore)).toEqual([
          expect.objectContaining({ method: "DELETE", path: `/payment/reversal/${CLICK.serviceId}/${row.click_paydoc_id}`, authValid: true }),
        ])
        expect((await cartState(sale)).completed).toBe(false)
      })
    })

    describe("refunds from Medusa", () => {
      it("reverses the whole payment through Click's Merchant API, and refuses a partial refund", async () => {
        const sale = await checkout()
        const prepared = await prepare(sale)
        await complete(sale, prepared)
        const { payments } = await cartState(sale)
        const partial = await refundPaymentWorkflow(container())
          .run({ input: { payment_id: payments[0].id, amount: 1 } })
          .catch((error) => error)
        expect(String(partial.message ?? partial)).toMatch(/whole payments only/)

        const callsBefore = merchantApi.calls.length
        await refundPaymentWorkflow(container()).run({ input: { payment_id: payments[0].id } })
        expect(merchantApi.calls.slice(callsBefore)).toEqual([expect.objectContaining({ method: "DELETE", authValid: true })])
        expect((await cartState(sale)).payments[0].refunds).toHaveLength(1)
        // Marked by the payment.refunded subscriber, after the refund.
        const attempt = await eventually(async () => {
          const [row] = await gateway().listClickTransactions({ prepare_id: prepared.merchant_prepare_id, status: "REVERSED" })
          return row
        }, "the reversed Click attempt")
        expect(attempt.reversed_at).toEqual(expect.any(Date))
      })
    })
  },
})
