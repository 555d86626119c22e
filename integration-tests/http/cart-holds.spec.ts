import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addToCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import { CART_HOLD_MODULE } from "../../src/modules/cart-hold"
import type CartHoldModuleService from "../../src/modules/cart-hold/service"
import { GATEWAY_MODULE } from "../../src/modules/gateway"
import type GatewayModuleService from "../../src/modules/gateway/service"
import { TELEGRAM_MODULE } from "../../src/modules/telegram"
import type TelegramModuleService from "../../src/modules/telegram/service"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { expireCartHoldsWorkflow } from "../../src/workflows/cart-hold/expire-cart-holds"
import { botAgainstFakeTelegram } from "../helpers/fake-telegram"
import { UZ_ADDRESS } from "../helpers/gateway-checkout"
import { SYSTEM_PAYMENT, systemOrders, type SoldProduct } from "../helpers/system-orders"
import { waitForPush } from "../helpers/telegram-chat"
import { eventually } from "../helpers/eventually"
import { sellingContext } from "../../src/modules/telegram/bot/catalog-queries"

jest.setTimeout(300_000)

const TOKEN = "7000000009:AAH-dasturxon-holds-token-0123456789"
const SECRET = "dasturxon-holds-secret-0123"
const fake = botAgainstFakeTelegram(TOKEN, SECRET)

type Response = { status: number; data: any }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    const holds = () => container().resolve<CartHoldModuleService>(CART_HOLD_MODULE)
    const orders = systemOrders(container)
    let cake: SoldProduct
    let other: SoldProduct
    let headers: Record<string, string>
    let regionId: string

    const send = (method: "get" | "post", url: string, data?: unknown): Promise<Response> =>
      api.request({ method, url, data, headers, validateStatus: () => true })
    const newCart = async () => (await send("post", "/store/carts", { region_id: regionId, shipping_address: UZ_ADDRESS })).data.cart.id as string
    const add = (cartId: string, variantId: string, quantity = 1) => send("post", `/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity })
    const heldRows = (filters: Record<string, unknown>) => holds().listStockHolds(filters)
    /** Moves a cart's holds' time into the past, as if CART_HOLD_MINUTES had gone by. */
    const lapse = async (cartId: string) => {
      const rows = await heldRows({ cart_id: cartId, status: "HELD" })
      await holds().updateStockHolds(rows.map((row) => ({ id: row.id, expires_at: new Date(Date.now() - 1000) })))
    }
    const expire = async (now = new Date()) => (await expireCartHoldsWorkflow(container()).run({ input: { now } })).result

    /** Shipping, a system payment session and the completion, through the Store API. */
    async function complete(cartId: string): Promise<Response> {
      const { shipping_options } = (await send("get", `/store/shipping-options?cart_id=${cartId}`)).data
      expect((await send("post", `/store/carts/${cartId}/shipping-methods`, { option_id: shipping_options[0].id })).status).toBe(200)
      const { payment_collection } = (await send("post", "/store/payment-collections", { cart_id: cartId })).data
      expect((await send("post", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: SYSTEM_PAYMENT })).status).toBe(200)
      return send("post", `/store/carts/${cartId}/complete`)
    }

    beforeAll(async () => {
      await seedDemoStore(container())
      ;({ cake, other } = await orders.prepare())
      const where = await sellingContext(container())
      regionId = where.regionId
      const { data: keys } = await query().graph({ entity: "api_key", fields: ["token", "title"], filters: { type: "publishable" } })
      headers = { "x-publishable-api-key": keys.find((key) => key.title === "Telegram storefront")!.token }
    })
    beforeEach(() => fake().reset())

    it("gives the last bouquet to exactly one of five carts adding it at once; the others get 409 STOCK_HELD", async () => {
      await orders.stockPlenty([cake.variant_id], 1)
      const carts = await Promise.all(Array.from({ length: 5 }, () => newCart()))
      const answers = await Promise.all(carts.map((cartId) => add(cartId, cake.variant_id)))
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409, 409])
      for (const refused of answers.filter((answer) => answer.status === 409)) {
        expect(refused.data).toMatchObject({ type: "conflict", code: "STOCK_HELD" })
        expect(refused.data.message).toContain("held in other customers' carts")
      }
      const winner = carts[answers.findIndex((answer) => answer.status === 200)]
      const active = await heldRows({ variant_id: cake.variant_id, status: "HELD" })
      expect(active.map((row) => [row.cart_id, row.quantity])).toEqual([[winner, 1]])

      const { status, data } = await send("get", `/store/carts/${winner}/holds`)
      expect(status).toBe(200)
      expect(data.holds).toHaveLength(1)
      const minutesLeft = (new Date(data.holds[0].expires_at).getTime() - Date.now()) / 60_000
      expect(minutesLeft).toBeGreaterThan(14)
      expect(minutesLeft).toBeLessThanOrEqual(15)
      expect((await send("get", `/store/carts/${carts.find((id) => id !== winner)}/holds`)).data.holds).toEqual([])
      expect((await send("get", "/store/carts/cart_missing/holds")).status).toBe(404)
    })

    it("expires a lapsed hold so another cart can add the item, and leaves holds still in time alone", async () => {
      await orders.stockPlenty([cake.variant_id, other.variant_id], 1)
      const [first, second] = [await newCart(), await newCart()]
      expect((await add(first, cake.variant_id)).status).toBe(200)
      expect((await add(first, other.variant_id)).status).toBe(200)
      expect((await add(second, cake.variant_id)).data.code).toBe("STOCK_HELD")

      const [cakeHold] = await heldRows({ cart_id: first, variant_id: cake.variant_id, status: "HELD" })
      await holds().updateStockHolds([{ id: cakeHold.id, expires_at: new Date(Date.now() - 1000) }])
      expect(await expire()).toEqual([{ cart_id: first, variant_ids: [cake.variant_id] }])
      expect((await holds().retrieveStockHold(cakeHold.id)).status).toBe("EXPIRED")
      expect(await heldRows({ cart_id: first, variant_id: other.variant_id, status: "HELD" })).toHaveLength(1)

      expect((await add(second, cake.variant_id)).status).toBe(200)
      expect((await heldRows({ variant_id: cake.variant_id, status: "HELD" })).map((row) => row.cart_id)).toEqual([second])
    })

    it("converts the holds of a completed cart to its order, which the expiry job then leaves alone", async () => {
      await orders.stockPlenty([cake.variant_id], 2)
      const cartId = await newCart()
      expect((await add(cartId, cake.variant_id, 2)).status).toBe(200)
      const completed = await complete(cartId)
      expect(completed.data.type).toBe("order")
      const [hold] = await heldRows({ cart_id: cartId })
      expect(hold).toMatchObject({ status: "CONVERTED", order_id: completed.data.order.id, quantity: 2 })

      expect(await expire(new Date(Date.now() + 24 * 3600_000))).toEqual([])
      expect((await holds().retrieveStockHold(hold.id)).status).toBe("CONVERTED")
    })

    it("takes a lapsed hold again at completion when the stock is free, and refuses 409 HOLD_EXPIRED when another cart holds it", async () => {
      await orders.stockPlenty([cake.variant_id], 1)
      const late = await newCart()
      expect((await add(late, cake.variant_id)).status).toBe(200)
      await lapse(late)
      await expire()
      const completed = await complete(late)
      expect(completed.data.type).toBe("order")
      expect((await heldRows({ cart_id: late, status: "CONVERTED" })).map((row) => row.quantity)).toEqual([1])

      await orders.stockPlenty([cake.variant_id], 2) // one of them reserved by the order above
      const [slow, quick] = [await newCart(), await newCart()]
      expect((await add(slow, cake.variant_id)).status).toBe(200)
      await lapse(slow)
      await expire()
      expect((await add(quick, cake.variant_id)).status).toBe(200)
      const refused = await complete(slow)
      expect(refused.status).toBe(409)
      expect(refused.data.code).toBe("HOLD_EXPIRED")
      expect(refused.data.message).toContain(cake.title)
      expect(await heldRows({ cart_id: slow, status: "HELD" })).toEqual([])
    })

    it("keeps the lapsed hold of a cart a gateway is taking the money for, and expires it once that payment is cancelled", async () => {
      await orders.stockPlenty([cake.variant_id], 1)
      const cartId = await newCart()
      expect((await add(cartId, cake.variant_id)).status).toBe(200)
      const { payment_collection } = (await send("post", "/store/payment-collections", { cart_id: cartId })).data
      const gateway = container().resolve<GatewayModuleService>(GATEWAY_MODULE)
      const [attempt] = await gateway.createClickTransactions([
        { click_trans_id: "hold-test-1", click_paydoc_id: "hold-doc-1", payment_session_id: "payses_hold", payment_collection_id: payment_collection.id, amount: "1000.00", amount_tiyin: 100000, prepared_at: new Date() },
      ])
      await lapse(cartId)
      expect(await expire()).toEqual([])
      expect(await heldRows({ cart_id: cartId, status: "HELD" })).toHaveLength(1)

      await gateway.updateClickTransactions([{ id: attempt.id, status: "CANCELLED", cancelled_at: new Date() }])
      expect(await expire()).toEqual([{ cart_id: cartId, variant_ids: [cake.variant_id] }])
    })

    it("completes a cart the gateway has paid for even when its lapsed hold went to another cart, while stock is there", async () => {
      await orders.stockPlenty([cake.variant_id], 1)
      const [paid, browsing] = [await newCart(), await newCart()]
      expect((await add(paid, cake.variant_id)).status).toBe(200)
      await lapse(paid)
      await expire()
      expect((await add(browsing, cake.variant_id)).status).toBe(200)
      const { shipping_options } = (await send("get", `/store/shipping-options?cart_id=${paid}`)).data
      await send("post", `/store/carts/${paid}/shipping-methods`, { option_id: shipping_options[0].id })
      const { payment_collection } = (await send("post", "/store/payment-collections", { cart_id: paid })).data
      const session = (await send("post", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: SYSTEM_PAYMENT })).data.payment_collection.payment_sessions[0]
      // what attach-gateway-confirmation leaves on the session once Payme or Click has taken the money (written
      // straight to the row: the system provider, unlike the gateways' providers, drops data on updatePaymentSession)
      await container().resolve(ContainerRegistrationKeys.PG_CONNECTION)("payment_session").where({ id: session.id }).update({ data: { ...session.data, confirmation: { gateway: "click" } } })
      const completed = await send("post", `/store/carts/${paid}/complete`)
      expect(completed.data).toEqual(expect.objectContaining({ type: "order" }))
      expect((await heldRows({ cart_id: paid, status: "CONVERTED" })).map((row) => row.quantity)).toEqual([1])
    })

    it("refuses more than a product's limit_per_order with 409 LIMIT_PER_ORDER, on adding and on a new quantity", async () => {
      await orders.stockPlenty([cake.variant_id], 100)
      await container().resolve("product").updateProducts(cake.id, { metadata: { limit_per_order: "3" } })
      try {
        const cartId = await newCart()
        expect((await add(cartId, cake.variant_id, 2)).status).toBe(200)
        const tooMany = await add(cartId, cake.variant_id, 2)
        expect(tooMany.status).toBe(409)
        expect(tooMany.data).toMatchObject({ code: "LIMIT_PER_ORDER" })
        expect(tooMany.data.message).toContain("at most 3")
        const line = (await send("get", `/store/carts/${cartId}`)).data.cart.items[0]
        expect(line.quantity).toBe(2)
        const raised = await send("post", `/store/carts/${cartId}/line-items/${line.id}`, { quantity: 4 })
        expect(raised.status).toBe(409)
        expect(raised.data.code).toBe("LIMIT_PER_ORDER")
        expect((await send("post", `/store/carts/${cartId}/line-items/${line.id}`, { quantity: 3 })).status).toBe(200)
        expect((await heldRows({ cart_id: cartId, status: "HELD" })).map((row) => row.quantity)).toEqual([3])
      } finally {
        await container().resolve("product").updateProducts(cake.id, { metadata: { limit_per_order: "" } })
      }
    })

    it("gives a deleted line's hold back", async () => {
      await orders.stockPlenty([cake.variant_id], 1)
      const cartId = await newCart()
      expect((await add(cartId, cake.variant_id)).status).toBe(200)
      const line = (await send("get", `/store/carts/${cartId}`)).data.cart.items[0]
      expect((await api.delete(`/store/carts/${cartId}/line-items/${line.id}`, { headers })).status).toBe(200)
      await eventually(async () => ((await heldRows({ cart_id: cartId, status: "HELD" })).length ? undefined : true), "the released hold")
      expect((await add(await newCart(), cake.variant_id)).status).toBe(200)
    })

    it("tells a Telegram customer in their language that the hold expired, with a button to add the item again", async () => {
      await orders.stockPlenty([cake.variant_id], 5)
      const chatId = 9_100_001
      const [customer] = await container().resolve("customer").createCustomers([{ email: "holds-tg@test.dasturxon.local" }])
      await container().resolve<TelegramModuleService>(TELEGRAM_MODULE).createTelegramUsers([
        { telegram_id: String(chatId), chat_id: String(chatId), customer_id: customer.id, first_name: "Malika", language: "uz" },
      ])
      const where = await sellingContext(container())
      const { result: cart } = await createCartWorkflow(container()).run({ input: { region_id: where.regionId, sales_channel_id: where.salesChannelId, customer_id: customer.id } })
      await addToCartWorkflow(container()).run({ input: { cart_id: cart.id, items: [{ variant_id: cake.variant_id, quantity: 2 }] } })
      await lapse(cart.id)
      await expire()
      const message = await waitForPush(fake(), chatId, /saqlab turdik/)
      expect(message.text).toContain(cake.title)
      const buttons = message.reply_markup.inline_keyboard.flat()
      expect(buttons).toEqual([expect.objectContaining({ callback_data: `add:${cake.variant_id}` })])
      expect(buttons[0].text).toContain("Yana qoʻshish")
    })
  },
})
