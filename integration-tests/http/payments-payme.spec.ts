import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createOrderFulfillmentWorkflow,
  createOrderPaymentCollectionWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  updateRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { GATEWAY_MODULE } from "../../src/modules/gateway"
import type GatewayModuleService from "../../src/modules/gateway/service"
import { setSlotTemplatesWorkflow } from "../../src/workflows/scheduling/set-slot-templates"
import { shopDay } from "../../src/modules/telegram/bot/dates"
import { checkoutState, sellOut, startGatewayCheckout, storeFixtures, type GatewayCheckout } from "../helpers/gateway-checkout"

jest.setTimeout(180_000)

const MERCHANT_ID = "587f72c72cac0d162c722ae2"
const KEY = "payme-live-key-0123456789abcdefghijklmn"
process.env.PAYME_MERCHANT_ID = MERCHANT_ID
process.env.PAYME_KEY = KEY
process.env.PAYME_TEST_KEY = "payme-sandbox-key-0123456789abcdefghij"
process.env.PAYME_TEST_MODE = "false"
process.env.PAYMENT_RETURN_URL = "https://shop.example.uz/paid"

const AUTH = `Basic ${Buffer.from(`Paycom:${KEY}`).toString("base64")}`
const HOUR = 3_600_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    const gateway = () => container().resolve<GatewayModuleService>(GATEWAY_MODULE)
    let fixtures: Awaited<ReturnType<typeof storeFixtures>>
    let rpcId = 0
    let paymeIdCounter = 0
    const newPaymeId = () => `5e730e8e0b852a417aa49c${(++paymeIdCounter).toString(16).padStart(2, "0")}`

    beforeAll(async () => {
      await seedDemoStore(container())
      fixtures = await storeFixtures(api, query())
    })

    const checkout = (handle = "napoleon"): Promise<GatewayCheckout> =>
      startGatewayCheckout(api, fixtures.web, { region_id: fixtures.uzbekistan, variant_id: fixtures.variantOf(handle), provider_id: "pp_payme_payme" })

    async function post(body: string, headers: Record<string, string> = {}) {
      const response = await api.post("/hooks/payme", body, {
        headers: { authorization: AUTH, "content-type": "text/json; charset=UTF-8", ...headers },
        transformRequest: [(data: unknown) => data],
        validateStatus: () => true,
      })
      expect(response.status).toBe(200)
      return response.data
    }
    const call = (method: string, params: Record<string, unknown>, headers?: Record<string, string>) =>
      post(JSON.stringify({ id: ++rpcId, method, params }), headers)
    const account = (sale: GatewayCheckout) => ({ order_id: sale.session_id })
    const create = (sale: GatewayCheckout, id = newPaymeId(), time = Date.now()) =>
      call("CreateTransaction", { id, time, amount: Number(sale.amount_tiyin), account: account(sale) }).then((body) => ({ id, body }))

    const cartState = (sale: GatewayCheckout) => checkoutState(container(), sale)
    const bakeryOf = async (handle: string) => {
      const { data: [product] }: { data: any[] } = await query().graph({ entity: "product", fields: ["bakery.id"], filters: { handle } })
      return product.bakery.id as string
    }

    describe("payment session", () => {
      it("stores a Payme checkout URL with the merchant, the session as account, the amount in tiyin and the return URL", async () => {
        const sale = await checkout()
        const [host, encoded] = sale.data.checkout_url.split(/\/(?=[^/]+$)/)
        expect(host).toBe("https://checkout.paycom.uz")
        const decoded = Buffer.from(encoded, "base64").toString()
        expect(decoded).toBe(`m=${MERCHANT_ID};ac.order_id=${sale.session_id};a=${sale.amount_tiyin};l=ru;c=https://shop.example.uz/paid`)
        expect(sale.data.reference).toBe(sale.session_id)
        expect(BigInt(sale.amount_tiyin) % 100n).toBe(0n)
      })

      it("refuses a USD cart with 400 CURRENCY_NOT_SUPPORTED even where a region offers Payme", async () => {
        await updateRegionsWorkflow(container()).run({
          input: { selector: { id: fixtures.international }, update: { payment_providers: ["pp_system_default", "pp_payme_payme"] } },
        })
        const { cart } = (await api.post("/store/carts", { region_id: fixtures.international, items: [{ variant_id: fixtures.variantOf("napoleon"), quantity: 1 }] }, { headers: fixtures.web })).data
        const { payment_collection } = (await api.post("/store/payment-collections", { cart_id: cart.id }, { headers: fixtures.web })).data
        const response = await api
          .post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_payme_payme" }, { headers: fixtures.web })
          .catch((error: any) => error.response)
        expect(response.status).toBe(400)
        expect(response.data).toMatchObject({ code: "CURRENCY_NOT_SUPPORTED", message: expect.stringMatching(/only UZS; this payment is in USD/) })
      })
    })

    describe("transport and authentication", () => {
      const badCredentials = {
        missing: undefined,
        "wrong key": `Basic ${Buffer.from("Paycom:wrong").toString("base64")}`,
        "sandbox key in live mode": `Basic ${Buffer.from("Paycom:payme-sandbox-key-0123456789abcdefghij").toString("base64")}`,
        "Paycom:Uzcard:xyz": `Basic ${Buffer.from(`Paycom:Uzcard:${KEY}`).toString("base64")}`,
        "wrong login": `Basic ${Buffer.from(`Payme:${KEY}`).toString("base64")}`,
        "Bearer scheme": `Bearer ${KEY}`,
      }
      it.each(Object.entries(badCredentials))("answers -32504 with HTTP 200 for %s credentials and changes nothing", async (_name, header) => {
        const sale = await checkout()
        const body = await post(JSON.stringify({ id: 7, method: "CreateTransaction", params: { id: newPaymeId(), time: Date.now(), amount: Number(sale.amount_tiyin), account: account(sale) } }), {
          authorization: header as string,
        })
        expect(body).toEqual({ jsonrpc: "2.0", id: 7, error: { code: -32504, message: expect.objectContaining({ ru: expect.any(String), uz: expect.any(String), en: expect.any(String) }) } })
        expect(await gateway().listPaymeTransactions({ payment_session_id: sale.session_id })).toEqual([])
      })

      it("answers -32700 to unparsable JSON, -32600 to a body without method, -32601 naming an unknown method", async () => {
        expect((await post("{not json")).error.code).toBe(-32700)
        expect((await post(JSON.stringify({ id: 3, params: {} }))).error).toMatchObject({ code: -32600 })
        expect((await post(JSON.stringify({ id: 4, method: "ChangePassword", params: { password: "x" } }))).error).toMatchObject({ code: -32601, data: "ChangePassword" })
      })

      it("records each call with our answer for reconciliation, and never the credentials", async () => {
        const sale = await checkout()
        const { id } = await create(sale)
        await post(JSON.stringify({ id: 9, method: "CheckTransaction", params: { id } }), { authorization: `Basic ${Buffer.from("Paycom:guess").toString("base64")}` })
        const calls = await gateway().listGatewayCalls({ gateway: "payme" }, { order: { created_at: "DESC" }, take: 2 })
        expect(calls[1]).toMatchObject({ operation: "CreateTransaction", gateway_transaction_id: id, outcome: "ok", request: expect.objectContaining({ method: "CreateTransaction" }) })
        expect(calls[1].response).toMatchObject({ result: { state: 1 } })
        expect(calls[0]).toMatchObject({ operation: "unparsed", request: null, outcome: "-32504" })
        expect(JSON.stringify(calls)).not.toContain(KEY)
      })

      it("parses application/json bodies too, and answers a GET with -32300", async () => {
        const body = await post(JSON.stringify({ id: 5, method: "CheckTransaction", params: { id: newPaymeId() } }), { "content-type": "application/json" })
        expect(body.error.code).toBe(-31003)
        const get = await api.get("/hooks/payme", { validateStatus: () => true })
        expect(get.status).toBe(200)
        expect(get.data.error.code).toBe(-32300)
      })
    })

    describe("CheckPerformTransaction", () => {
      it("allows the exact amount of a payable session", async () => {
        const sale = await checkout()
        expect((await call("CheckPerformTransaction", { amount: Number(sale.amount_tiyin), account: account(sale) })).result).toEqual({ allow: true })
      })

      it("answers -31052 naming the account field to a cart whose seller schedules orders but that holds no slot, until it holds one", async () => {
        const sale = await checkout()
        const { data: [product] }: { data: any[] } = await query().graph({ entity: "product", fields: ["bakery.id"], filters: { handle: "napoleon" } })
        const sellerId = product.bakery?.id ?? "store"
        const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts_at: "10:00", ends_at: "12:00", capacity_orders: 5, capacity_cakes: null }))
        await setSlotTemplatesWorkflow(container()).run({ input: { seller_id: sellerId, type: "PICKUP", templates: week } })
        const params = { amount: Number(sale.amount_tiyin), account: account(sale) }
        const refused = await call("CheckPerformTransaction", params)
        expect(refused.error).toMatchObject({ code: -31052, data: "order_id" })
        expect((await create(sale)).body.error).toMatchObject({ code: -31052, data: "order_id" })
        expect(await gateway().listPaymeTransactions({ payment_session_id: sale.session_id })).toHaveLength(0)

        const held = await api.post(`/store/carts/${sale.cart_id}/slot`, { type: "pickup", date: shopDay(Date.now(), 3), starts_at: "10:00" }, { headers: fixtures.web })
        expect(held.data.slot.status).toBe("HELD")
        expect((await call("CheckPerformTransaction", params)).result).toEqual({ allow: true })
      })

      it("answers -31001 to a wrong amount and -31050 naming the account field to an unknown order", async () => {
        const sale = await checkout()
        expect((await call("CheckPerformTransaction", { amount: Number(sale.amount_tiyin) - 100, account: account(sale) })).error.code).toBe(-31001)
        const unknown = await call("CheckPerformTransaction", { amount: 100, account: { order_id: "payses_unknown" } })
        expect(unknown.error).toMatchObject({ code: -31050, data: "order_id" })
        expect((await call("CheckPerformTransaction", { amount: 100, account: {} })).error).toMatchObject({ code: -31050, data: "order_id" })
      })
    })

    describe("CreateTransaction", () => {
      it("creates state 1 and answers a repeat with the stored create_time", async () => {
        const sale = await checkout()
        const first = await create(sale)
        expect(first.body.result).toEqual({ create_time: expect.any(Number), transaction: expect.stringMatching(/^pmtx_/), state: 1, receivers: null })
        const repeat = await call("CreateTransaction", { id: first.id, time: Date.now(), amount: Number(sale.amount_tiyin), account: account(sale) })
        expect(repeat.result).toEqual(first.body.result)
        // the attempt carries the seller of the cart's napoleon, for the reports
        const [stored] = await gateway().listPaymeTransactions({ payme_id: first.id })
        expect(stored.seller_id).toBe(await bakeryOf("napoleon"))
      })

      it("gives one of two concurrent transactions for one order the account error", async () => {
        const sale = await checkout()
        const results = await Promise.all([create(sale), create(sale), create(sale)])
        const codes = results.map(({ body }) => body.error?.code ?? "ok").sort()
        expect(codes).toEqual([-31051, -31051, "ok"].sort())
        expect(results.find(({ body }) => body.error)?.body.error.data).toBe("order_id")
        expect(await gateway().listPaymeTransactions({ payment_session_id: sale.session_id })).toHaveLength(1)
      })

      it("holds the cart: changing it while the transaction waits is refused with CART_PAYMENT_IN_PROGRESS, and allowed after a cancel", async () => {
        const sale = await checkout()
        const { id } = await create(sale)
        const addItem = () =>
          api
            .post(`/store/carts/${sale.cart_id}/line-items`, { variant_id: fixtures.variantOf("medovik"), quantity: 1 }, { headers: fixtures.web })
            .catch((error: any) => error.response)
        const refused = await addItem()
        expect(refused.status).toBe(400)
        expect(refused.data).toMatchObject({ code: "CART_PAYMENT_IN_PROGRESS", message: expect.stringMatching(/being paid with Payme/) })
        const { data: [cart] }: { data: any[] } = await query().graph({ entity: "cart", fields: ["items.id"], filters: { id: sale.cart_id } })
        expect(cart.items).toHaveLength(1)
        expect((await call("CheckPerformTransaction", { amount: Number(sale.amount_tiyin), account: account(sale) })).error.code).toBe(-31051)

        await call("CancelTransaction", { id, reason: 3 })
        expect((await addItem()).status).toBe(200)
      })

      it("refuses a transaction Payme created more than 12 hours ago with -31008", async () => {
        const sale = await checkout()
        const { body } = await create(sale, newPaymeId(), Date.now() - 13 * HOUR)
        expect(body.error.code).toBe(-31008)
      })
    })

    describe("PerformTransaction", () => {
      it("completes the cart into an order with a captured payment, once, also when repeated concurrently", async () => {
        const sale = await checkout()
        const { id } = await create(sale)
        const early = await api.post(`/store/carts/${sale.cart_id}/complete`, {}, { headers: fixtures.web }).catch((error: any) => error.response)
        expect(early.data.type === "order").toBe(false)
        expect((await cartState(sale)).completed).toBe(false)

        const performs = await Promise.all([1, 2, 3].map(() => call("PerformTransaction", { id })))
        const results = performs.map((body) => body.result)
        expect(results[0]).toEqual({ transaction: expect.stringMatching(/^pmtx_/), perform_time: expect.any(Number), state: 2 })
        expect(results).toEqual([results[0], results[0], results[0]])

        const state = await cartState(sale)
        expect(state.completed).toBe(true)
        expect(state.orders).toHaveLength(1)
        expect(state.payments).toHaveLength(1)
        expect(state.payments[0].captured_at).toBeTruthy()
        expect(Number(state.payments[0].captures[0].amount) * 100).toBe(Number(sale.amount_tiyin))

        // The storefront, back from Payme, completes the cart and gets the order the payment placed.
        const back = (await api.post(`/store/carts/${sale.cart_id}/complete`, {}, { headers: fixtures.web })).data
        expect(back).toMatchObject({ type: "order", order: { id: state.orders[0] } })

        const check = (await call("CheckTransaction", { id })).result
        expect(check).toEqual({ create_time: expect.any(Number), perform_time: results[0].perform_time, cancel_time: 0, transaction: results[0].transaction, state: 2, reason: null })
        // Double payment of a paid order: a new Payme transaction is refused.
        expect((await create(sale)).body.error).toMatchObject({ code: -31052, data: "order_id" })
      })

      it("answers -31003 to an unknown transaction", async () => {
        expect((await call("PerformTransaction", { id: newPaymeId() })).error.code).toBe(-31003)
      })

      it("cancels an expired transaction with reason 4 and answers -31008", async () => {
        const sale = await checkout()
        const { id } = await create(sale)
        const [row] = await gateway().listPaymeTransactions({ payme_id: id })
        await gateway().updatePaymeTransactions({ id: row.id, payme_time: new Date(Date.now() - 12 * HOUR - 1000) })
        expect((await call("PerformTransaction", { id })).error.code).toBe(-31008)
        expect((await call("CheckTransaction", { id })).result).toMatchObject({ state: -1, reason: 4 })
        expect((await cartState(sale)).completed).toBe(false)
      })

      it("refuses the perform with -31008 (state -1, reason 3) when Medusa can no longer sell the cart", async () => {
        const sale = await checkout("medovik")
        const { id } = await create(sale)
        await sellOut(container(), fixtures.variantOf("medovik"))

        expect((await call("PerformTransaction", { id })).error.code).toBe(-31008)
        expect((await call("CheckTransaction", { id })).result).toMatchObject({ state: -1, reason: 3, perform_time: 0 })
        const state = await cartState(sale)
        expect(state.completed).toBe(false)
        expect(state.payments.every((payment: any) => !payment.captured_at || payment.canceled_at)).toBe(true)
      })
    })

    describe("CancelTransaction", () => {
      it("cancels before perform (state -1, session canceled), repeats the stored cancel_time, and then refuses perform", async () => {
        const sale = await checkout()
        const { id } = await create(sale)
        const first = (await call("CancelTransaction", { id, reason: 3 })).result
        expect(first).toEqual({ transaction: expect.any(String), cancel_time: expect.any(Number), state: -1 })
        expect((await call("CancelTransaction", { id, reason: 3 })).result).toEqual(first)
        expect((await call("PerformTransaction", { id })).error.code).toBe(-31008)
        const { data: [session] }: { data: any[] } = await query().graph({ entity: "payment_session", fields: ["status"], filters: { id: sale.session_id } })
        expect(session.status).toBe("canceled")
        expect((await cartState(sale)).completed).toBe(false)
      })

      it("refunds after perform (state -2) and records the refund on the order once", async () => {
        const sale = await checkout()
        const { id } = await create(sale)
        await call("PerformTransaction", { id })
        const first = (await call("CancelTransaction", { id, reason: 5 })).result
        expect(first).toMatchObject({ state: -2, cancel_time: expect.any(Number) })
        expect((await call("CancelTransaction", { id, reason: 5 })).result).toEqual(first)
        expect((await call("PerformTransaction", { id })).error.code).toBe(-31008)
        const state = await cartState(sale)
        expect(state.payments[0].refunds).toHaveLength(1)
        expect(Number(state.payments[0].refunds[0].amount) * 100).toBe(Number(sale.amount_tiyin))
        expect((await call("CheckTransaction", { id })).result).toMatchObject({ state: -2, reason: 5 })
      })

      it("answers -31007 once the order was delivered, and keeps the transaction performed", async () => {
        const sale = await checkout()
        const { id } = await create(sale)
        await call("PerformTransaction", { id })
        const [orderId] = (await cartState(sale)).orders
        // The checkout holds one item of quantity 1.
        const { data: [order] }: { data: any[] } = await query().graph({ entity: "order", fields: ["items.id"], filters: { id: orderId } })
        const { result: fulfillment } = await createOrderFulfillmentWorkflow(container()).run({
          input: { order_id: orderId, items: order.items.map((item: any) => ({ id: item.id, quantity: 1 })) },
        })
        await markOrderFulfillmentAsDeliveredWorkflow(container()).run({ input: { orderId, fulfillmentId: fulfillment.id } })
        expect((await call("CancelTransaction", { id, reason: 5 })).error.code).toBe(-31007)
        expect((await call("CheckTransaction", { id })).result).toMatchObject({ state: 2, cancel_time: 0, reason: null })
        expect((await cartState(sale)).payments[0].refunds).toEqual([])
      })

      it("answers -31003 to an unknown transaction", async () => {
        expect((await call("CancelTransaction", { id: newPaymeId(), reason: 1 })).error.code).toBe(-31003)
      })
    })

    describe("payment collection of an existing order (custom cakes, deposits)", () => {
      it("takes a Payme payment for an order's new payment collection and records the capture on the order", async () => {
        const paid = await startGatewayCheckout(api, fixtures.web, { region_id: fixtures.uzbekistan, variant_id: fixtures.variantOf("napoleon"), provider_id: "pp_system_default" })
        const orderId = (await api.post(`/store/carts/${paid.cart_id}/complete`, {}, { headers: fixtures.web })).data.order.id
        const { result: [collection] } = await createOrderPaymentCollectionWorkflow(container()).run({ input: { order_id: orderId, amount: 50000 } })
        const session = (await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_payme_payme" }, { headers: fixtures.web })).data
          .payment_collection.payment_sessions.find((candidate: any) => candidate.provider_id === "pp_payme_payme")
        expect(session.data.amount_tiyin).toBe("5000000")
        const deposit = { ...paid, payment_collection_id: collection.id, session_id: session.id, amount_tiyin: session.data.amount_tiyin }

        const { id } = await create(deposit)
        // an order's collection: the attempt carries the order's bakery
        expect((await gateway().listPaymeTransactions({ payme_id: id }))[0].seller_id).toBe(await bakeryOf("napoleon"))
        expect((await call("PerformTransaction", { id })).result.state).toBe(2)
        const { data: [order] }: { data: any[] } = await query().graph({ entity: "order", fields: ["transactions.amount", "transactions.reference"], filters: { id: orderId } })
        expect(order.transactions.filter((transaction: any) => transaction.reference === "capture").map((transaction: any) => Number(transaction.amount))).toContain(50000)
        const { data: [payment] }: { data: any[] } = await query().graph({ entity: "payment", fields: ["captured_at", "provider_id"], filters: { payment_collection_id: collection.id } })
        expect(payment).toMatchObject({ provider_id: "pp_payme_payme", captured_at: expect.anything() })
      })
    })

    describe("GetStatement and SetFiscalData", () => {
      it("lists every created transaction whose Payme time lies in the range, both ends included, oldest first", async () => {
        const base = Date.now() - 2 * HOUR
        const sales = [await checkout(), await checkout(), await checkout()]
        const ids: string[] = []
        for (const [index, sale] of sales.entries()) ids.push((await create(sale, newPaymeId(), base + index * 1000)).id)
        await call("CancelTransaction", { id: ids[1], reason: 3 })
        const statement = (await call("GetStatement", { from: base, to: base + 1000 })).result.transactions
        expect(statement.map((entry: any) => entry.id)).toEqual([ids[0], ids[1]])
        expect(statement[1]).toMatchObject({ time: base + 1000, state: -1, reason: 3, amount: Number(sales[1].amount_tiyin), account: account(sales[1]), perform_time: 0, receivers: null })
        expect((await call("GetStatement", { from: base + 5000, to: base + 6000 })).result).toEqual({ transactions: [] })
      })

      it("accepts fiscal data for a known transaction", async () => {
        const sale = await checkout()
        const { id } = await create(sale)
        const body = await call("SetFiscalData", { id, type: "PERFORM", fiscal_data: { receipt_id: 1, status_code: 0 } })
        expect(body.result).toEqual({ success: true })
        expect((await gateway().listPaymeTransactions({ payme_id: id }))[0].fiscal_data).toEqual({ PERFORM: { receipt_id: 1, status_code: 0 } })
      })
    })
  },
})
