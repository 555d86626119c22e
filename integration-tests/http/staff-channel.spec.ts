import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { STAFF_CHANNEL_MODULE } from "../../src/modules/staff-channel"
import type StaffChannelModuleService from "../../src/modules/staff-channel/service"
import { TELEGRAM_MODULE } from "../../src/modules/telegram"
import type TelegramModuleService from "../../src/modules/telegram/service"
import { publishProductionTicketWorkflow } from "../../src/workflows/staff-channel/publish-production-ticket"
import publishProductionTicket from "../../src/subscribers/publish-production-ticket"
import { moveProductionTicket } from "../../src/workflows/staff-channel/move-production-ticket"
import { setStaffChatWorkflow } from "../../src/workflows/staff-channel/set-staff-chat"
import remindUnacceptedTickets from "../../src/jobs/remind-unaccepted-tickets"
import { callback } from "../fakes/telegram-updates"
import { eventually } from "../helpers/eventually"
import { botAgainstFakeTelegram } from "../helpers/fake-telegram"
import { buttons, plain, pushedTo, telegramChat, waitForPush } from "../helpers/telegram-chat"
import { type SoldProduct, systemOrders } from "../helpers/system-orders"

jest.setTimeout(300_000)

const TOKEN = "7000000003:AAH-dasturxon-staff-token-0123456789"
const SECRET = "dasturxon-staff-secret-0123"
// staff press faster than customers type; the limit itself is tested in telegram-bot.spec.ts
process.env.TELEGRAM_RATE_LIMIT = "100"
const fake = botAgainstFakeTelegram(TOKEN, SECRET)

const STAFF_CHAT = -1001000000001
const COURIER_CHAT = -1001000000002
/** Telegram user ids of the kitchen's and the couriers' members. */
const BAKERS = Array.from({ length: 50 }, (_, n) => 5_000_000 + n)
const COURIERS = Array.from({ length: 10 }, (_, n) => 6_000_000 + n)
const STRANGER = 7_000_001

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    const staff = () => container().resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const telegram = () => container().resolve<TelegramModuleService>(TELEGRAM_MODULE)
    const orders = systemOrders(container)
    const chat = telegramChat(api, fake, SECRET)
    let cake: SoldProduct
    let sellerId: string

    beforeAll(async () => {
      await seedDemoStore(container())
      ;({ cake, seller_id: sellerId } = await orders.prepare())
      await setStaffChatWorkflow(container()).run({ input: { seller_id: sellerId, staff_chat_id: String(STAFF_CHAT), courier_chat_id: String(COURIER_CHAT), language: "en" } })
    })
    beforeEach(() => {
      fake().reset()
      for (const id of BAKERS) fake().addMember(STAFF_CHAT, id)
      for (const id of COURIERS) fake().addMember(COURIER_CHAT, id)
    })

    /** A customer of the bot (so they hear about each step) with an order of two cakes, paid: captured by Medusa. */
    async function paidOrder(fulfillment: "pickup" | "delivery") {
      const id = await chat.userSpeaking("en")
      const [user] = await telegram().listTelegramUsers({ telegram_id: String(id) })
      const metadata = { fulfillment, wanted_date: "2026-12-24", wanted_time: "15:00–17:00", cake_message: "Happy birthday, Aziz!" }
      const order = await orders.placeOrder(user.customer_id!, [{ variant_id: cake.variant_id, quantity: 2 }], metadata, fulfillment === "pickup" ? "Pickup in Bukhara" : "Courier delivery in Bukhara", { phone: "+998901234567" })
      const { data: [paid] }: { data: any[] } = await query().graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
      expect(await staff().listProductionTickets({ order_id: order.id })).toHaveLength(0) // authorized is not paid
      await capturePaymentWorkflow(container()).run({ input: { payment_id: paid.payment_collections[0].payments[0].id } })
      const ticket = await eventually(async () => (await staff().listProductionTickets({ order_id: order.id }))[0], "the ticket")
      const post = await eventually(() => fake().messagesIn(STAFF_CHAT).find((message) => message.text?.includes(`#${order.display_id}\n`)), "the staff post")
      return { order, ticket, post, customerChat: id }
    }

    const press = (chatId: number, userId: number, data: string, messageId: number) =>
      chat.send(callback(chatId, data, messageId, { id: userId, first_name: `Member${userId % 1000}` }))
    const answersIn = (calls: { method: string; params: Record<string, any> }[]) => calls.filter((call) => call.method === "answerCallbackQuery").map((call) => String(call.params.text ?? ""))
    /** Simultaneous presses of one button by many members; each press's own answer (by its callback query id). */
    async function pressAll(chatId: number, userIds: number[], data: string, messageId: number): Promise<string[]> {
      const updates = userIds.map((userId) => callback(chatId, data, messageId, { id: userId, first_name: `Member${userId % 1000}` }))
      await Promise.all(updates.map((update) => chat.send(update)))
      const answers = new Map(fake().callsOf("answerCallbackQuery").map((call) => [call.params.callback_query_id, String(call.params.text ?? "")]))
      return updates.map((update) => answers.get(update.callback_query!.id) ?? "(no answer)")
    }
    const postIn = (chatId: number, messageId: number) => fake().messagesIn(chatId).find((message) => message.message_id === messageId)!
    const buttonData = (chatId: number, messageId: number, text: RegExp) => buttons(postIn(chatId, messageId) as any).find((button) => text.test(button.text))?.callback_data
    const inventoryOf = async (variantId: string) => {
      const { data: [variant] }: { data: any[] } = await query().graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantId } })
      const [level] = await container().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: variant.inventory_items[0].inventory_item_id })
      return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
    }

    it("publishes a paid order once, with what the kitchen needs and the customer's phone masked", async () => {
      const { order, ticket, post } = await paidOrder("delivery")
      expect(ticket).toMatchObject({ status: "NEW", display_id: order.display_id, seller_id: sellerId, fulfillment: "DELIVERY", has_cake: true })
      const text = plain(post.text!)
      expect(text).toContain(`${cake.title} (${cake.variant_title}) × 2`)
      expect(text).toContain("On the cake: Happy birthday, Aziz!")
      expect(text).toContain("Delivery: Thu 24 Dec, 15:00–17:00\nAddress: Mustaqillik 5, Bukhara")
      expect(text).toContain("Customer: Dilnoza, +99890 *** ** 67")
      expect(buttons(post as any).map((button) => button.text)).toEqual(["✋ I take it"])

      // order.placed again and a repeated capture, run by the subscriber and awaited, and the workflow at once twice
      const { data: [paid] }: { data: any[] } = await query().graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
      await Promise.all([
        publishProductionTicket({ event: { name: "order.placed", data: { id: order.id } }, container: container() } as any),
        publishProductionTicket({ event: { name: "payment.captured", data: { id: paid.payment_collections[0].payments[0].id } }, container: container() } as any),
        publishProductionTicketWorkflow(container()).run({ input: { order_id: order.id } }),
      ])
      expect(await staff().listProductionTickets({ order_id: order.id })).toHaveLength(1)
      expect(fake().messagesIn(STAFF_CHAT).filter((message) => message.text?.includes(`#${order.display_id}\n`))).toHaveLength(1)
    })

    it("gives the order to exactly one of 50 simultaneous accepts, and writes its stock off once", async () => {
      const { order, ticket, post } = await paidOrder("pickup")
      const before = await inventoryOf(cake.variant_id)
      const accept = buttonData(STAFF_CHAT, post.message_id, /I take it/)!
      const answers = await pressAll(STAFF_CHAT, BAKERS, accept, post.message_id)
      expect(answers.filter((answer) => answer === "Done")).toHaveLength(1)
      const taken = await staff().retrieveProductionTicket(ticket.id)
      expect(taken.status).toBe("ACCEPTED")
      expect(answers.filter((answer) => answer === `${taken.accepted_by_name} has already taken this order`)).toHaveLength(BAKERS.length - 1)
      const { data: [fulfilled] }: { data: any[] } = await query().graph({ entity: "order", fields: ["fulfillments.id"], filters: { id: order.id } })
      expect(fulfilled.fulfillments).toHaveLength(1)
      expect(await inventoryOf(cake.variant_id)).toEqual({ stocked: before.stocked - 2, reserved: before.reserved - 2 })
      expect(taken.seconds_to_accept).toBeGreaterThanOrEqual(0)
      expect(plain(postIn(STAFF_CHAT, post.message_id).text!)).toContain(`Taken by: ${taken.accepted_by_name}`)
    })

    it("refuses a press from someone outside the chat and changes nothing", async () => {
      const { ticket, post } = await paidOrder("pickup")
      const calls = await press(STAFF_CHAT, STRANGER, buttonData(STAFF_CHAT, post.message_id, /I take it/)!, post.message_id)
      expect(answersIn(calls)).toEqual(["These buttons are for the members of this chat"])
      expect((await staff().retrieveProductionTicket(ticket.id)).status).toBe("NEW")
      expect(await telegram().listTelegramUsers({ telegram_id: String(STRANGER) })).toHaveLength(0) // no customer made
    })

    it("takes a delivery through the kitchen and one of racing couriers to the customer's door, telling them each step", async () => {
      const { order, ticket, post, customerChat } = await paidOrder("delivery")
      const baker = BAKERS[0]
      const step = async (chatId: number, userId: number, messageId: number, button: RegExp) => {
        const calls = await press(chatId, userId, buttonData(chatId, messageId, button)!, messageId)
        expect(answersIn(calls)).toEqual(["Done"])
      }
      await step(STAFF_CHAT, baker, post.message_id, /I take it/)
      await waitForPush(fake(), customerChat, new RegExp(`^Order #${order.display_id} is accepted`))
      // only the one who took it moves it on
      const notOwner = await press(STAFF_CHAT, BAKERS[1], buttonData(STAFF_CHAT, post.message_id, /Preparing/)!, post.message_id)
      expect(answersIn(notOwner)).toEqual([`Member${baker % 1000} is handling this order`])
      await step(STAFF_CHAT, baker, post.message_id, /Preparing/)
      await waitForPush(fake(), customerChat, new RegExp(`^Order #${order.display_id} is being prepared\\.$`))
      await step(STAFF_CHAT, baker, post.message_id, /Ready/)
      await waitForPush(fake(), customerChat, new RegExp(`^Order #${order.display_id} is ready and will be on its way soon\\.$`))

      const courierPost = await eventually(() => fake().messagesIn(COURIER_CHAT).find((message) => message.text?.includes(`#${order.display_id}\n`)), "the courier post")
      const take = buttonData(COURIER_CHAT, courierPost.message_id, /I deliver it/)!
      const raced = await pressAll(COURIER_CHAT, COURIERS, take, courierPost.message_id)
      expect(raced.filter((answer) => answer === "Done")).toHaveLength(1)
      const assigned = await staff().retrieveProductionTicket(ticket.id)
      expect(raced.filter((answer) => answer === `${assigned.courier_name} has already taken the delivery`)).toHaveLength(COURIERS.length - 1)
      const courier = COURIERS.find((id) => assigned.courier_id === String(id))!

      await step(COURIER_CHAT, courier, courierPost.message_id, /Out for delivery/)
      await waitForPush(fake(), customerChat, new RegExp(`^Order #${order.display_id} is on its way`))
      await step(COURIER_CHAT, courier, courierPost.message_id, /Delivered/)
      await waitForPush(fake(), customerChat, new RegExp(`^Order #${order.display_id} is delivered\\. Enjoy!$`))

      const done = await staff().retrieveProductionTicket(ticket.id, { relations: ["history"] })
      expect(done.status).toBe("DELIVERED")
      expect(done.history.map((change) => change.to_status).sort()).toEqual(["ACCEPTED", "DELIVERED", "NEW", "OUT_FOR_DELIVERY", "PREPARING", "READY", "READY"].sort())
      expect(plain(postIn(STAFF_CHAT, post.message_id).text!)).toContain("Status: delivered")
      expect(buttons(postIn(COURIER_CHAT, courierPost.message_id) as any)).toEqual([])
      const { data: [shipped] }: { data: any[] } = await query().graph({ entity: "order", fields: ["fulfillments.shipped_at", "fulfillments.delivered_at"], filters: { id: order.id } })
      expect(shipped.fulfillments[0]).toMatchObject({ shipped_at: expect.anything(), delivered_at: expect.anything() })
      // Medusa's own shipment and delivery events stay silent for the customer: the ticket already told them
      expect(pushedTo(fake(), customerChat, /is on its way: the courier/)).toHaveLength(1)
    })

    it("refuses every illegal step with 409 INVALID_STATUS_TRANSITION and a cancel without a reason with 400", async () => {
      const { ticket } = await paidOrder("pickup")
      const admin = { type: "admin" as const, id: "user_test", name: "Admin" }
      const refused = (to: any, reason?: string) => moveProductionTicket(container(), { ticket_id: ticket.id, to, actor: admin, reason }).then(() => null, (error) => ({ type: error.type, code: error.code }))
      expect(await refused("PREPARING")).toEqual({ type: "conflict", code: "INVALID_STATUS_TRANSITION" })
      expect(await refused("DELIVERED")).toEqual({ type: "conflict", code: "INVALID_STATUS_TRANSITION" })
      await moveProductionTicket(container(), { ticket_id: ticket.id, to: "ACCEPTED", actor: admin })
      expect(await refused("ACCEPTED")).toEqual({ type: "conflict", code: "TICKET_ALREADY_TAKEN" })
      await moveProductionTicket(container(), { ticket_id: ticket.id, to: "PREPARING", actor: admin })
      await moveProductionTicket(container(), { ticket_id: ticket.id, to: "READY", actor: admin })
      expect(await refused("OUT_FOR_DELIVERY")).toEqual({ type: "conflict", code: "INVALID_STATUS_TRANSITION" }) // a pickup order
      expect(await refused("CANCELLED", "  ")).toEqual({ type: "invalid_data", code: "CANCEL_REASON_REQUIRED" })
      await moveProductionTicket(container(), { ticket_id: ticket.id, to: "PICKED_UP", actor: admin })
      expect(await refused("CANCELLED", "too late")).toEqual({ type: "conflict", code: "INVALID_STATUS_TRANSITION" })
      expect((await staff().retrieveProductionTicket(ticket.id)).status).toBe("PICKED_UP")
    })

    it("announces an order nobody took in time again, once, with the accept button that still works", async () => {
      const { order, ticket, post } = await paidOrder("pickup")
      expect((await remindUnacceptedTickets(container())).reminded).toBe(0) // not late yet
      await staff().updateProductionTickets({ id: ticket.id, paid_at: new Date(Date.now() - 11 * 60_000) })
      expect((await remindUnacceptedTickets(container())).reminded).toBe(1)
      expect((await remindUnacceptedTickets(container())).reminded).toBe(0) // once
      const reminders = fake().callsOf("sendMessage").filter((call) => String(call.params.chat_id) === String(STAFF_CHAT) && String(call.params.text).startsWith("⏰"))
      expect(reminders).toHaveLength(1)
      expect(plain(String(reminders[0].params.text))).toMatch(new RegExp(`^⏰ Order #${order.display_id} has waited 11 min\\. Who takes it\\?\n\n🆕 New order #${order.display_id}\n`))
      expect(reminders[0].params.reply_parameters).toMatchObject({ message_id: post.message_id })
      const reminder = fake().messagesIn(STAFF_CHAT).at(-1)!
      const calls = await press(STAFF_CHAT, BAKERS[4], buttonData(STAFF_CHAT, reminder.message_id, /I take it/)!, reminder.message_id)
      expect(answersIn(calls)).toEqual(["Done"])
      // both posts now say who took it and offer the next step, not the accept
      for (const messageId of [post.message_id, reminder.message_id]) {
        expect(plain(postIn(STAFF_CHAT, messageId).text!)).toContain("Taken by: Member4")
        expect(buttons(postIn(STAFF_CHAT, messageId) as any).map((button) => button.text)).toEqual(["👩‍🍳 Preparing", "✖ Cancel"])
      }
    })

    it("cancels from the chat with a reason: the stock comes back and the customer is told why", async () => {
      const { order, ticket, post, customerChat } = await paidOrder("pickup")
      const before = await inventoryOf(cake.variant_id)
      await press(STAFF_CHAT, BAKERS[2], buttonData(STAFF_CHAT, post.message_id, /I take it/)!, post.message_id)
      expect(await inventoryOf(cake.variant_id)).toEqual({ stocked: before.stocked - 2, reserved: before.reserved - 2 })
      await press(STAFF_CHAT, BAKERS[3], buttonData(STAFF_CHAT, post.message_id, /Cancel/)!, post.message_id)
      const calls = await press(STAFF_CHAT, BAKERS[3], buttonData(STAFF_CHAT, post.message_id, /Out of ingredients/)!, post.message_id)
      expect(answersIn(calls)).toEqual(["Done"])
      expect(await staff().retrieveProductionTicket(ticket.id)).toMatchObject({ status: "CANCELLED", cancel_reason: "out_of_stock" })
      expect((await inventoryOf(cake.variant_id)).stocked).toBe(before.stocked)
      await waitForPush(fake(), customerChat, new RegExp(`^Order #${order.display_id} is cancelled: Out of ingredients\\.`))
      expect(plain(postIn(STAFF_CHAT, post.message_id).text!)).toContain("Cancelled because: Out of ingredients")
    })
  },
})
