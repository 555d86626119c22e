import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  cancelOrderWorkflow,
  createCustomersWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { TELEGRAM_MODULE } from "../../src/modules/telegram"
import type TelegramModuleService from "../../src/modules/telegram/service"
import { notifyOrderStatusWorkflow } from "../../src/workflows/telegram/notify-order-status"
import { botAgainstFakeTelegram } from "../helpers/fake-telegram"
import { callback, message } from "../fakes/telegram-updates"
import { plain, pushedTo, waitForPush } from "../helpers/telegram-chat"
import { type Line, type SoldProduct, systemOrders } from "../helpers/system-orders"

jest.setTimeout(240_000)

const TOKEN = "7000000001:AAH-dasturxon-test-token-0123456789"
const SECRET = "dasturxon-webhook-secret-0123"


const fake = botAgainstFakeTelegram(TOKEN, SECRET)

type Call = { method: string; params: Record<string, any> }
type Keyboard = { inline_keyboard: { text: string; callback_data?: string }[][] }
const buttons = (params: Record<string, any>) => ((params.reply_markup as Keyboard | undefined)?.inline_keyboard ?? []).flat()
const last = (calls: Call[], method: string) => calls.filter((call) => call.method === method).at(-1)!.params


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    const telegram = () => container().resolve<TelegramModuleService>(TELEGRAM_MODULE)
    const orders = systemOrders(container)
    const placeOrder = orders.placeOrder
    let chat = 700_000
    /** Two products of one seller for sale in the Telegram channel (a cart holds one seller's products). */
    let cake: SoldProduct
    let other: SoldProduct

    async function send(update: unknown): Promise<Call[]> {
      const before = fake().calls.length
      const response = await api.post("/hooks/telegram", update, { headers: { "x-telegram-bot-api-secret-token": SECRET }, validateStatus: () => true })
      expect(response.status).toBe(200)
      return fake().calls.slice(before)
    }

    /** A new user who picked `language`: their chat id and the customer they shop as. */
    async function userSpeaking(language: "ru" | "uz" | "en") {
      const id = ++chat
      await send(message(id, "/start"))
      await send(callback(id, `lang:${language}`, 1))
      const [user] = await telegram().listTelegramUsers({ telegram_id: String(id) })
      return { chat: id, customer_id: user.customer_id! }
    }

    /** The idempotency keys of the notifications Medusa recorded. */
    async function notificationKeys(filters: Record<string, string>): Promise<string[]> {
      const { data } = await query().graph({ entity: "notification", fields: ["idempotency_key"], filters })
      return data.map((notification: any) => notification.idempotency_key)
    }

    /** The notifications Medusa recorded for a chat, to explain a push that did not come. */
    const notificationsTo = async (chatId: number) =>
      (await query().graph({ entity: "notification", fields: ["template", "status", "idempotency_key"], filters: { to: String(chatId) } })).data
    const waitForPushTo = (chatId: number, text: RegExp) => waitForPush(fake(), chatId, text, () => notificationsTo(chatId))

    /** An order of a bot user, once its confirmation is in their chat (so it cannot land among a later update's answers). */
    async function placeOrderOf(user: { chat: number; customer_id: string }, items: Line[], metadata: Record<string, unknown> = {}) {
      const order = await placeOrder(user.customer_id, items, metadata)
      await waitForPushTo(user.chat, new RegExp(`[#№]${order.display_id}(?!\\d)`))
      return order
    }

    beforeAll(async () => {
      await seedDemoStore(container())
      ;({ cake, other } = await orders.prepare())
    })

    beforeEach(() => fake().reset())

    describe("order pushes", () => {
      it("confirms a placed order once, in the customer's language, even when the event comes again", async () => {
        const user = await userSpeaking("uz")
        const order = await placeOrder(user.customer_id, [{ variant_id: cake.variant_id, quantity: 2 }], { fulfillment: "pickup", wanted_date: "2026-12-24", wanted_time: "15:00–17:00" }, "Pickup in Bukhara")
        const confirmation = await waitForPushTo(user.chat, new RegExp(`^Rahmat! №${order.display_id} buyurtma qabul qilindi\\.`))
        // product titles come in the customer's language too
        expect(plain(confirmation.text)).toContain(`Napoleon torti (${cake.variant_title}) × 2`)
        expect(plain(confirmation.text)).toMatch(/\nJami: [\d ]+ soʻm\nOlib ketish: Pay, 24-dek, 15:00–17:00$/)

        // the same event again, through the event bus: Medusa's idempotency key keeps it to one message
        await container().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
        const { result: again } = await notifyOrderStatusWorkflow(container()).run({ input: { event: "order.placed", order_id: order.id } })
        expect(again).toEqual([])
        // a later message shows the re-emitted event has been handled by then
        const [line] = order.items
        await createOrderFulfillmentWorkflow(container()).run({ input: { order_id: order.id, items: [{ id: line.id, quantity: Number(line.quantity) }] } })
        await waitForPushTo(user.chat, new RegExp(`^№${order.display_id} buyurtmani yigʻib`))
        expect(pushedTo(fake(), user.chat, /^Rahmat!/)).toHaveLength(1)
        expect(await notificationKeys({ to: String(user.chat), template: "order.placed" })).toEqual([`telegram:order.placed:${order.id}`])
      })

      it("pushes each status change of a delivery: packed, on its way, delivered; each once, keyed by the package", async () => {
        const user = await userSpeaking("en")
        const order = await placeOrder(user.customer_id, [{ variant_id: cake.variant_id, quantity: 1 }], { fulfillment: "delivery" })
        await waitForPushTo(user.chat, new RegExp(`^Thank you! Order #${order.display_id} is placed\\.`))
        const items = order.items.map((item) => ({ id: item.id, quantity: Number(item.quantity) }))

        const { result: fulfillment } = await createOrderFulfillmentWorkflow(container()).run({ input: { order_id: order.id, items } })
        await waitForPushTo(user.chat, new RegExp(`^We are preparing and packing order #${order.display_id}\\.$`))
        await createOrderShipmentWorkflow(container()).run({ input: { order_id: order.id, fulfillment_id: fulfillment.id, items } })
        await waitForPushTo(user.chat, new RegExp(`^Order #${order.display_id} is on its way: the courier has left\\.$`))
        await markOrderFulfillmentAsDeliveredWorkflow(container()).run({ input: { orderId: order.id, fulfillmentId: fulfillment.id } })
        await waitForPushTo(user.chat, new RegExp(`^Order #${order.display_id} is delivered\\. Enjoy!$`))

        expect(fake().callsOf("sendMessage").filter((call) => String(call.params.chat_id) === String(user.chat) && /Order #|order #/.test(String(call.params.text)))).toHaveLength(4)
        // shipment.created and delivery.created carry the fulfilment's id (2.21), order.fulfillment_created both ids
        expect((await notificationKeys({ to: String(user.chat) })).sort()).toEqual(
          [
            `telegram:order.placed:${order.id}`,
            `telegram:order.fulfillment_created:${fulfillment.id}`,
            `telegram:shipment.created:${fulfillment.id}`,
            `telegram:delivery.created:${fulfillment.id}`,
          ].sort()
        )
      })

      it("tells the customer their order is canceled", async () => {
        const user = await userSpeaking("ru")
        const order = await placeOrder(user.customer_id, [{ variant_id: cake.variant_id, quantity: 1 }])
        await waitForPushTo(user.chat, new RegExp(`^Спасибо! Заказ №${order.display_id} оформлен\\.`))
        await cancelOrderWorkflow(container()).run({ input: { order_id: order.id } })
        const canceled = await waitForPushTo(user.chat, new RegExp(`^Заказ №${order.display_id} отменён\\.`))
        expect(canceled.text).toContain("деньги вернутся")
      })

      it("sends nothing, and fails nothing, for an order of a customer who does not use the bot", async () => {
        const { result: [customer] } = await createCustomersWorkflow(container()).run({ input: { customersData: [{ email: "no-telegram@example.uz", first_name: "Aziz" }] } })
        const order = await placeOrder(customer.id, [{ variant_id: cake.variant_id, quantity: 1 }])
        const { result } = await notifyOrderStatusWorkflow(container()).run({ input: { event: "order.placed", order_id: order.id } })
        expect(result).toEqual([])
        expect(await notificationKeys({ idempotency_key: `telegram:order.placed:${order.id}` })).toEqual([])
      })
    })

    describe("my orders", () => {
      it("lists the customer's orders newest first, five a page, with number, date, status and total", async () => {
        const user = await userSpeaking("en")
        const placed = []
        for (let n = 0; n < 6; n++) placed.push(await placeOrderOf(user, [{ variant_id: cake.variant_id, quantity: 1 }]))
        const newestFirst = placed.map((order) => order.display_id).reverse()

        const first = last(await send(message(user.chat, "/orders")), "sendMessage")
        const lines = plain(first.text).split("\n")
        expect(lines[0]).toBe("Your orders (page 1 of 2):")
        expect(lines.slice(1).map((line) => Number(/^#(\d+) /.exec(line)?.[1]))).toEqual(newestFirst.slice(0, 5))
        expect(lines[1]).toMatch(/^#\d+ · \d{1,2} \w{3} \d{4} · Accepted, waiting for the kitchen · UZS [\d,]+$/)
        expect(buttons(first).map((button) => button.callback_data)).toEqual([...placed.slice(1).reverse().map((order) => `ord:${order.id}`), "ords:2"])
        for (const button of buttons(first)) expect(Buffer.byteLength(button.callback_data!)).toBeLessThanOrEqual(64)

        const second = last(await send(callback(user.chat, "ords:2", 1)), "editMessageText")
        expect(plain(second.text).split("\n")).toEqual(["Your orders (page 2 of 2):", expect.stringMatching(new RegExp(`^#${newestFirst[5]} · `))])
        expect(buttons(second).map((button) => button.callback_data)).toEqual([`ord:${placed[0].id}`, "ords:1"])
      })

      it("opens from the menu button, and says so when there are no orders", async () => {
        const user = await userSpeaking("ru")
        expect(last(await send(callback(user.chat, "menu:orders", 1)), "sendMessage").text).toBe("У вас пока нет заказов.")
        await placeOrderOf(user, [{ variant_id: cake.variant_id, quantity: 1 }])
        expect(last(await send(callback(user.chat, "menu:orders", 1)), "sendMessage").text).toMatch(/^Ваши заказы \(страница 1 из 1\):\n№\d+ · /)
      })

      it("shows an order's items with sizes and quantities, totals, the delivery time and address, the cake's inscription", async () => {
        const user = await userSpeaking("en")
        const metadata = { fulfillment: "delivery", wanted_date: "2026-12-24", wanted_time: "15:00–17:00", cake_message: "Happy birthday, Aziz!" }
        const order = await placeOrderOf(user, [{ variant_id: cake.variant_id, quantity: 2 }, { variant_id: other.variant_id, quantity: 1 }], metadata)
        const detail = last(await send(callback(user.chat, `ord:${order.id}`, 1)), "sendMessage")
        const text = plain(detail.text)
        expect(text).toMatch(new RegExp(`^Order #${order.display_id} of \\d{1,2} \\w{3} \\d{4}\\nStatus: Accepted, waiting for the kitchen`))
        for (const item of order.items) expect(text).toContain(`• ${item.product_title} (${item.variant_title}) × ${Number(item.quantity)} — UZS `)
        expect(text).toMatch(/\nDelivery fee: UZS 25,000\nTotal: UZS [\d,]+\n/)
        expect(text).toContain("\nDelivery: Thu 24 Dec, 15:00–17:00\nAddress: Mustaqillik 5, Bukhara\nInscription on the cake: Happy birthday, Aziz!")
        expect(buttons(detail).map((button) => button.callback_data)).toEqual([`reord:${order.id}`, "ords:1"])
      })

      it("does not open or reorder another customer's order", async () => {
        const owner = await userSpeaking("en")
        const order = await placeOrderOf(owner, [{ variant_id: cake.variant_id, quantity: 1 }])
        const stranger = await userSpeaking("en")
        expect(last(await send(callback(stranger.chat, `ord:${order.id}`, 1)), "sendMessage").text).toBe("This order was not found.")
        expect(last(await send(callback(stranger.chat, `reord:${order.id}`, 1)), "sendMessage").text).toBe("This order was not found.")
        const { data: carts } = await query().graph({ entity: "cart", fields: ["id"], filters: { customer_id: stranger.customer_id } })
        expect(carts).toEqual([])
      })

      it("reorders the same variants and quantities into the chat's cart, naming what is no longer for sale", async () => {
        const user = await userSpeaking("en")
        const order = await placeOrderOf(user, [{ variant_id: cake.variant_id, quantity: 2 }, { variant_id: other.variant_id, quantity: 1 }])
        await updateProductsWorkflow(container()).run({ input: { selector: { id: other.id }, update: { status: "draft" } } })
        try {
          const answer = last(await send(callback(user.chat, `reord:${order.id}`, 1)), "sendMessage")
          const gone = order.items.find((item) => item.variant_id === other.variant_id)!
          expect(answer.text).toBe(`I put the items of order #${order.display_id} into your cart.\nNo longer for sale, so not added: ${gone.product_title} (${gone.variant_title})`)
          expect(buttons(answer).map((button) => button.callback_data)).toEqual(["menu:cart"])
          const { data: carts }: { data: any[] } = await query().graph({
            entity: "cart",
            fields: ["id", "completed_at", "items.variant_id", "items.quantity"],
            filters: { customer_id: user.customer_id },
          })
          const open = carts.filter((cart) => !cart.completed_at)
          expect(open).toHaveLength(1)
          expect(open[0].items.map((item: any) => [item.variant_id, Number(item.quantity)])).toEqual([[cake.variant_id, 2]])
        } finally {
          await updateProductsWorkflow(container()).run({ input: { selector: { id: other.id }, update: { status: "published" } } })
        }
      })
    })
  },
})
