import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { CreateOrderDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { maskRecipient } from "../../src/lib/mask"
import { STAFF_CHANNEL_MODULE } from "../../src/modules/staff-channel"
import { ProductionEvents } from "../../src/modules/staff-channel/events"
import type StaffChannelModuleService from "../../src/modules/staff-channel/service"
import { sellingContext } from "../../src/modules/telegram/bot/catalog-queries"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { alertCakeOrderWorkflow } from "../../src/workflows/alerts/alert-cake-order"
import { sendStaffAlertWorkflow } from "../../src/workflows/alerts/send-staff-alert"
import { startFakeTwilio } from "../fakes/twilio"
import { eventually } from "../helpers/eventually"
import { botAgainstFakeTelegram } from "../helpers/fake-telegram"
import { UZ_ADDRESS } from "../helpers/gateway-checkout"

jest.setTimeout(240_000)

const TOKEN = "7000000001:AAH-dasturxon-test-token-0123456789"
const SECRET = "dasturxon-webhook-secret-0123"
const ACCOUNT_SID = `AC${"5".repeat(32)}`
const AUTH_TOKEN = "twilio-test-auth-token"
const SENDER = "+998712000000"
const STAFF_PHONES = ["+998901112233", "+998935550011"]
const MAX_ATTEMPTS = 3
const STAFF_CHAT_ID = -1001234567890

const fakeBot = botAgainstFakeTelegram(TOKEN, SECRET)

Object.assign(process.env, {
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  TWILIO_FROM: SENDER,
  TWILIO_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
  TWILIO_RETRY_DELAY_MS: "1",
  ALERT_SMS_TO: STAFF_PHONES.join(","),
})
// the fake's port is known once it runs, before the runner boots the app and reads the configuration
let twilio: Awaited<ReturnType<typeof startFakeTwilio>>
beforeAll(async () => {
  twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN })
  process.env.TWILIO_API_BASE_URL = twilio.url
})
afterAll(() => twilio.close())

type Order = { id: string; display_id: number; items: { product_title: string; variant_title: string }[] }

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    const staffChannel = () => container().resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const variantOf: Record<string, string> = {}
    let seller = 0

    /** An order of the Telegram channel's region, made directly (its payment plays no part in the alert). */
    async function placeOrder(items: { handle: string; quantity: number }[], metadata: Record<string, unknown>): Promise<Order> {
      const where = await sellingContext(container())
      const { result } = await createOrderWorkflow(container()).run({
        input: {
          region_id: where.regionId,
          sales_channel_id: where.salesChannelId,
          currency_code: where.currencyCode,
          email: "alerts@test.dasturxon.local",
          shipping_address: UZ_ADDRESS,
          // the workflow prices and titles variant lines itself; its input type asks for both anyway
          items: items.map(({ handle, quantity }) => ({ variant_id: variantOf[handle], quantity })) as unknown as CreateOrderDTO["items"],
          metadata,
        },
      })
      const { data: [order] }: { data: any[] } = await query().graph({ entity: "order", fields: ["id", "display_id", "items.product_title", "items.variant_title"], filters: { id: result.id } })
      return order as Order
    }

    /** A published ticket of a new order, of a seller of its own so staff chats do not mix between tests. */
    async function ticketOf(order: Order, has_cake: boolean, fulfillment: "PICKUP" | "DELIVERY" = "PICKUP") {
      const seller_id = `bakery_alerts_${++seller}`
      return staffChannel().createProductionTickets({ order_id: order.id, display_id: order.display_id, seller_id, fulfillment, has_cake, paid_at: new Date() })
    }

    const cakeOrder = () => placeOrder([{ handle: "napoleon", quantity: 2 }, { handle: "red-roses-bouquet", quantity: 1 }], { fulfillment: "pickup", wanted_date: "2026-12-24", wanted_time: "15:00–17:00" })
    const runAlert = async (ticketId: string) => (await alertCakeOrderWorkflow(container()).run({ input: { id: ticketId } })).result

    async function notificationsKeyed(prefix: string) {
      const { data } = await query().graph({ entity: "notification", fields: ["to", "channel", "status", "idempotency_key"], filters: { idempotency_key: { $like: `${prefix}%` } } })
      return (data as { to: string; channel: string; status: string; idempotency_key: string }[]).sort((a, b) => a.idempotency_key.localeCompare(b.idempotency_key))
    }

    const staffChatPosts = () => fakeBot().messagesIn(STAFF_CHAT_ID)
    const smsKeys = (ticketId: string) => STAFF_PHONES.map((phone) => `alert-cake-order:${ticketId}:sms:${phone}`).sort()

    beforeAll(async () => {
      await seedDemoStore(container())
      const { data } = await query().graph({ entity: "product", fields: ["handle", "variants.id"], filters: { handle: ["napoleon", "red-roses-bouquet"] } })
      for (const product of data as { handle: string; variants: { id: string }[] }[]) variantOf[product.handle] = product.variants[0].id
    })

    beforeEach(() => {
      twilio.reset()
      fakeBot().reset()
    })

    it("texts each ALERT_SMS_TO number once when a cake order's ticket is published: number, items with sizes, pickup time, total", async () => {
      const order = await cakeOrder()
      const ticket = await ticketOf(order, true)

      await container().resolve(Modules.EVENT_BUS).emit({ name: ProductionEvents.TICKET_PUBLISHED, data: { id: ticket.id } })

      const messages = await eventually(() => (twilio.messages.length === 2 ? twilio.messages : undefined), "an SMS to each staff phone")
      expect(messages.map((message) => message.to).sort()).toEqual([...STAFF_PHONES].sort())
      expect(new Set(messages.map((message) => message.body)).size).toBe(1)
      const lines = messages[0].body.replace(/[\u00a0\u202f]/g, " ").split("\n")
      const itemLine = (title: string, quantity: number) => {
        const item = order.items.find((candidate) => candidate.product_title === title)!
        return `${title} (${item.variant_title}) × ${quantity}`
      }
      expect(lines[0]).toBe(`Новый заказ с тортом №${order.display_id}`)
      expect(lines.slice(1, 3).sort()).toEqual([itemLine("Napoleon", 2), itemLine("Red roses bouquet", 1)].sort())
      expect(lines[3]).toBe("Самовывоз: чт, 24 дек., 15:00–17:00")
      expect(lines[4]).toMatch(/^Итого: \d[\d ]* сум$/)
      expect(messages.every((message) => message.from === SENDER)).toBe(true)
      const recorded = await eventually(async () => {
        const rows = await notificationsKeyed(`alert-cake-order:${ticket.id}`)
        return rows.every((row) => row.status === "success") && rows.length === 2 ? rows : undefined
      }, "both SMS recorded as sent")
      expect(recorded.map((row) => [row.channel, row.idempotency_key])).toEqual(smsKeys(ticket.id).map((key) => ["sms", key]))
      expect(staffChatPosts()).toEqual([])
    })

    it("sends nothing for a flowers-only order", async () => {
      const order = await placeOrder([{ handle: "red-roses-bouquet", quantity: 3 }], { fulfillment: "delivery" })
      const ticket = await ticketOf(order, false, "DELIVERY")

      await expect(runAlert(ticket.id)).resolves.toBeNull()

      expect(twilio.calls).toEqual([])
      expect(await notificationsKeyed(`alert-cake-order:${ticket.id}`)).toEqual([])
    })

    it("sends one SMS per number however often the event comes, at once or later", async () => {
      const ticket = await ticketOf(await cakeOrder(), true)

      await Promise.all([runAlert(ticket.id), runAlert(ticket.id), runAlert(ticket.id)])
      const again = await runAlert(ticket.id)

      expect(twilio.messages.map((message) => message.to).sort()).toEqual([...STAFF_PHONES].sort())
      expect(again).toEqual({ sms_sent: STAFF_PHONES.map(maskRecipient), sms_failed: [], staff_chat: null })
      expect((await notificationsKeyed(`alert-cake-order:${ticket.id}`)).map((row) => row.status)).toEqual(["success", "success"])
    })

    it("sends once after Twilio's 429, retrying the same number", async () => {
      const ticket = await ticketOf(await cakeOrder(), true)
      twilio.failNext(1, 429)

      const outcome = await runAlert(ticket.id)

      expect(twilio.calls.map((call) => call.status)).toEqual([429, 201, 201])
      expect(twilio.calls[0].params.To).toBe(twilio.calls[1].params.To)
      expect(twilio.messages.map((message) => message.to).sort()).toEqual([...STAFF_PHONES].sort())
      expect(outcome).toEqual({ sms_sent: STAFF_PHONES.map(maskRecipient), sms_failed: [], staff_chat: null })
      expect(staffChatPosts()).toEqual([])
    })

    it("posts the alert in the seller's staff chat when Twilio fails every try, and records the SMS as failed", async () => {
      const order = await cakeOrder()
      const ticket = await ticketOf(order, true)
      await staffChannel().createStaffChats({ seller_id: ticket.seller_id, staff_chat_id: String(STAFF_CHAT_ID), language: "uz" })
      twilio.failNext(MAX_ATTEMPTS * STAFF_PHONES.length, 503)

      const outcome = await runAlert(ticket.id)

      expect(twilio.calls.map((call) => call.status)).toEqual(Array(MAX_ATTEMPTS * STAFF_PHONES.length).fill(503))
      expect(twilio.messages).toEqual([])
      expect(outcome).toEqual({ sms_sent: [], sms_failed: STAFF_PHONES.map(maskRecipient), staff_chat: "sent" })
      const [post] = staffChatPosts()
      expect(post.text).toMatch(new RegExp(`^Tortli yangi buyurtma №${order.display_id}\\n`))
      expect(post.text).toContain("Olib ketish: ")
      const recorded = await notificationsKeyed(`alert-cake-order:${ticket.id}`)
      expect(recorded.map((row) => [row.channel, row.status])).toEqual([["sms", "failure"], ["sms", "failure"], ["telegram", "success"]])
      expect(recorded[2]).toMatchObject({ to: String(STAFF_CHAT_ID), idempotency_key: `alert-cake-order:${ticket.id}:staff-chat` })

      // a redelivered event: the alert was handled in the staff chat, so neither SMS nor the post is repeated
      twilio.reset()
      await expect(runAlert(ticket.id)).resolves.toEqual({ sms_sent: [], sms_failed: [], staff_chat: null })
      expect(twilio.calls).toEqual([])
      expect(staffChatPosts()).toHaveLength(1)
    })

    it("goes straight to the staff chat while Twilio is not configured but ALERT_SMS_TO is set", async () => {
      const ticket = await ticketOf(await cakeOrder(), true)
      await staffChannel().createStaffChats({ seller_id: ticket.seller_id, staff_chat_id: String(STAFF_CHAT_ID) })
      delete process.env.TWILIO_AUTH_TOKEN
      try {
        await expect(runAlert(ticket.id)).resolves.toEqual({ sms_sent: [], sms_failed: STAFF_PHONES.map(maskRecipient), staff_chat: "sent" })
      } finally {
        process.env.TWILIO_AUTH_TOKEN = AUTH_TOKEN
      }
      expect(twilio.calls).toEqual([])
      expect(staffChatPosts()).toHaveLength(1)
      expect(staffChatPosts()[0].text).toMatch(/^Новый заказ с тортом №/)
    })

    it("send-staff-alert texts any alert to the staff phones under the caller's key", async () => {
      const alert = { seller_id: "store", text: "Заказ №7 ждёт уже 15 мин.", idempotency_key: "reminder:ptk_test_7" }

      const { result } = await sendStaffAlertWorkflow(container()).run({ input: alert })
      await sendStaffAlertWorkflow(container()).run({ input: alert })

      expect(result).toEqual({ sms_sent: STAFF_PHONES.map(maskRecipient), sms_failed: [], staff_chat: null })
      expect(twilio.messages.map((message) => [message.to, message.body]).sort()).toEqual(STAFF_PHONES.map((phone) => [phone, alert.text]).sort())
      expect((await notificationsKeyed("reminder:ptk_test_7")).map((row) => row.idempotency_key)).toEqual(STAFF_PHONES.map((phone) => `reminder:ptk_test_7:sms:${phone}`).sort())
    })
  },
})
