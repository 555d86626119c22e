import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { SYSTEM_PAYMENT_PROVIDER } from "../../src/scripts/seed/data/store"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { shopDay } from "../../src/modules/telegram/bot/dates"
import { offeredGateways } from "../../src/modules/telegram/bot/features/checkout/payment-choices"
import type { BotContext } from "../../src/modules/telegram/bot/context"
import { storeFixtures, UZ_ADDRESS } from "../helpers/gateway-checkout"

jest.setTimeout(180_000)

// Payme registered, so the bot and the region have a real gateway to offer or hold back.
process.env.PAYME_MERCHANT_ID = "587f72c72cac0d162c722ae2"
process.env.PAYME_KEY = "payme-live-key-0123456789abcdefghijklmn"
process.env.PAYME_TEST_KEY = "payme-sandbox-key-0123456789abcdefghij"
process.env.PAYME_TEST_MODE = "false"

const ADMIN = { email: "switches-admin@test.dasturxon.local", password: "correct-horse-battery" }
const COURIER = "Courier delivery in Bukhara"
const PICKUP = "Pickup in Bukhara"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    let admin: { authorization: string }
    let fixtures: Awaited<ReturnType<typeof storeFixtures>>
    const send = (method: "get" | "post", path: string, headers: Record<string, string>, body?: unknown) =>
      api.request({ method, url: path, data: body, headers, validateStatus: () => true })
    const setSwitches = async (changes: Record<string, unknown>) => {
      const response = await send("post", "/admin/store-switches", admin, changes)
      expect(response.status).toBe(200)
      return response.data.store_switches
    }
    const newCart = async () =>
      (await send("post", "/store/carts", fixtures.web, { region_id: fixtures.uzbekistan, shipping_address: UZ_ADDRESS, items: [{ variant_id: fixtures.variantOf("napoleon"), quantity: 1 }] })).data.cart
        .id as string
    /** What the Store API offers a cart for each shipping option, by name. */
    const shippingPrices = async (cartId: string): Promise<Record<string, number>> => {
      const { data } = await send("get", `/store/shipping-options?cart_id=${cartId}`, fixtures.web)
      return Object.fromEntries(data.shipping_options.map((option: { name: string; amount: number }) => [option.name, option.amount]))
    }
    const courierUsdPrice = async () => {
      const { data }: { data: any[] } = await query().graph({ entity: "shipping_option", fields: ["name", "prices.currency_code", "prices.amount"], filters: { name: COURIER } })
      return data[0].prices.find((price: { currency_code: string }) => price.currency_code === "usd").amount
    }

    beforeAll(async () => {
      await seedDemoStore(container())
      fixtures = await storeFixtures(api, query())
      await ensureAdminUser(container(), ADMIN)
      admin = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", ADMIN)).data.token}` }
    })

    describe("payment method switch", () => {
      afterEach(() => setSwitches({ disabled_payment_providers: [] }))

      it("refuses a payment session with a provider staff turned off (409 PAYMENT_METHOD_DISABLED) and takes it again once re-enabled, without a restart", async () => {
        const { data: { payment_collection } } = await send("post", "/store/payment-collections", fixtures.web, { cart_id: await newCart() })
        expect(payment_collection.id).toBeTruthy()
        const startSession = () => send("post", `/store/payment-collections/${payment_collection.id}/payment-sessions`, fixtures.web, { provider_id: SYSTEM_PAYMENT_PROVIDER })
        const listed = async () =>
          (await send("get", `/store/payment-providers?region_id=${fixtures.uzbekistan}`, fixtures.web)).data.payment_providers.map((provider: { id: string }) => provider.id)

        expect(await setSwitches({ disabled_payment_providers: [SYSTEM_PAYMENT_PROVIDER] })).toMatchObject({ disabled_payment_providers: [SYSTEM_PAYMENT_PROVIDER] })
        const refused = await startSession()
        expect(refused.status).toBe(409)
        expect(refused.data).toEqual({ type: "conflict", code: "PAYMENT_METHOD_DISABLED", message: `Payment with ${SYSTEM_PAYMENT_PROVIDER} is turned off for now; choose another payment method.` })
        const { data: sessions } = await query().graph({ entity: "payment_session", fields: ["id"], filters: { payment_collection_id: payment_collection.id } })
        expect(sessions).toHaveLength(0)
        expect(await listed()).not.toContain(SYSTEM_PAYMENT_PROVIDER)

        expect(await listed()).toContain("pp_payme_payme")

        await setSwitches({ disabled_payment_providers: [] })
        const allowed = await startSession()
        expect(allowed.status).toBe(200)
        expect(allowed.data.payment_collection.payment_sessions.map((session: { provider_id: string }) => session.provider_id)).toEqual([SYSTEM_PAYMENT_PROVIDER])
        expect(await listed()).toContain(SYSTEM_PAYMENT_PROVIDER)
      })

      it("has the bot offer only the gateways staff left on, read on every checkout", async () => {
        const cartId = await newCart()
        const bot = { container: container() } as unknown as BotContext
        expect(await offeredGateways(bot, cartId)).toEqual(["payme"])
        await setSwitches({ disabled_payment_providers: ["pp_payme_payme"] })
        expect(await offeredGateways(bot, cartId)).toEqual([])
        await setSwitches({ disabled_payment_providers: [] })
        expect(await offeredGateways(bot, cartId)).toEqual(["payme"])
      })

      it("refuses a custom cake payment link of a turned-off gateway before anything else: JSON 409 for API clients, a page for browsers", async () => {
        await setSwitches({ disabled_payment_providers: ["pp_payme_payme"] })
        const json = await send("get", "/pay/custom-cakes/not-a-real-token/payme", { accept: "application/json" })
        expect(json.status).toBe(409)
        expect(json.data).toMatchObject({ code: "PAYMENT_METHOD_DISABLED" })
        const page = await send("get", "/pay/custom-cakes/not-a-real-token/payme", { accept: "text/html", "accept-language": "en-GB" })
        expect(page.status).toBe(409)
        expect(page.data).toContain("This payment method is turned off for now.")
        // Click stays on: the same bogus link then fails on its token, as before.
        expect((await send("get", "/pay/custom-cakes/not-a-real-token/click", { accept: "application/json" })).data).toMatchObject({ code: "PAYMENT_LINK_INVALID" })
      })
    })

    describe("delivery fee switch", () => {
      it("reprices courier delivery for carts at once; null gives the option its own price back; pickup and other currencies keep theirs", async () => {
        const cartId = await newCart()
        expect(await shippingPrices(cartId)).toMatchObject({ [COURIER]: 25000, [PICKUP]: 0 })

        await setSwitches({ delivery_fee: 40000 })
        expect(await shippingPrices(cartId)).toMatchObject({ [COURIER]: 40000, [PICKUP]: 0 })
        expect(await shippingPrices(await newCart())).toMatchObject({ [COURIER]: 40000 })
        await setSwitches({ delivery_fee: 15000 })
        expect(await shippingPrices(cartId)).toMatchObject({ [COURIER]: 15000 })
        expect(await courierUsdPrice()).toBe(2)

        const shipped = await send("post", `/store/carts/${cartId}/shipping-methods`, fixtures.web, {
          option_id: (await send("get", `/store/shipping-options?cart_id=${cartId}`, fixtures.web)).data.shipping_options.find((option: { name: string }) => option.name === COURIER).id,
        })
        expect(shipped.data.cart.shipping_total).toBe(15000)

        expect(await setSwitches({ delivery_fee: null })).toMatchObject({ delivery_fee: null })
        expect(await shippingPrices(cartId)).toMatchObject({ [COURIER]: 25000, [PICKUP]: 0 })
      })

      it("leaves the courier priced at the switch's final fee after 5 simultaneous fee changes; null still restores the own price", async () => {
        const fees = [11000, 12000, 13000, 14000, 16000]
        const answers = await Promise.all(fees.map((fee) => send("post", "/admin/store-switches", admin, { delivery_fee: fee })))
        expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])
        const { delivery_fee } = (await send("get", "/admin/store-switches", admin)).data.store_switches
        expect(fees).toContain(delivery_fee)
        expect(await shippingPrices(await newCart())).toMatchObject({ [COURIER]: delivery_fee })
        await setSwitches({ delivery_fee: null })
        expect(await shippingPrices(await newCart())).toMatchObject({ [COURIER]: 25000 })
      })
    })

    describe("admin slot preview", () => {
      it("answers GET /admin/slots as GET /store/slots does, for staff only (401 without a login)", async () => {
        const day = shopDay(Date.now(), 3)
        const templates = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts_at: "10:00", ends_at: "12:00", capacity_orders: 3 }))
        expect((await send("post", "/admin/slot-templates", admin, { seller_id: "store", type: "delivery", templates })).status).toBe(200)
        const path = `/slots?seller=store&type=delivery&from=${day}&to=${day}`
        const [fromAdmin, fromStore] = await Promise.all([send("get", `/admin${path}`, admin), send("get", `/store${path}`, fixtures.web)])
        expect(fromAdmin.status).toBe(200)
        expect(fromAdmin.data).toEqual(fromStore.data)
        expect(fromAdmin.data.slots).toEqual([expect.objectContaining({ date: day, starts_at: "10:00", capacity_orders: 3, remaining_orders: 3, bookable: true })])
        expect((await send("get", `/admin${path}`, {})).status).toBe(401)
        expect((await send("get", `/admin/slots?type=boat&from=${day}&to=${day}`, admin)).status).toBe(400)
      })
    })
  },
})
