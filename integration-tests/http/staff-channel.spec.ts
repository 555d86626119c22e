import { readdir } from "node:fs/promises"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
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
import { readEnv } from "../../src/config/env"
import { checkUpload } from "../../src/lib/uploads/check-upload"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { claimDeliveryWorkflow } from "../../src/workflows/staff-channel/claim-delivery"
import { callback, groupMessage } from "../fakes/telegram-updates"
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
const ADMIN = { email: "proof-admin@test.dasturxon.local", password: "correct-horse-battery" }

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
    let admin: { authorization: string }

    beforeAll(async () => {
      await seedDemoStore(container())
      ;({ cake, seller_id: sellerId } = await orders.prepare())
      await setStaffChatWorkflow(container()).run({ input: { seller_id: sellerId, staff_chat_id: String(STAFF_CHAT), courier_chat_id: String(COURIER_CHAT), language: "en" } })
      await ensureAdminUser(container(), ADMIN)
      admin = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", ADMIN)).data.token}` }
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

    describe("proof of delivery", () => {
      const COURIER = COURIERS[0]
      const member = (id: number) => ({ id, first_name: `Member${id % 1000}` })
      const courierActor = { type: "courier" as const, id: String(COURIER), name: `Member${COURIER % 1000}` }
      const photo = (fileId: string) => ({ photo: [{ file_id: fileId, file_unique_id: `unique-${fileId}`, width: 64, height: 48 }] })
      const document = (fileId: string, file_name: string) => ({ document: { file_id: fileId, file_unique_id: `unique-${fileId}`, file_name, mime_type: "image/jpeg" } })
      /** What the bot answered in the chat (its replies, not the posts' edits). */
      const replies = (calls: { method: string; params: Record<string, any> }[]) => calls.filter((call) => call.method === "sendMessage").map((call) => plain(String(call.params.text)))
      const getAdmin = (path: string, headers: Record<string, string> = admin) => api.get(path, { headers, validateStatus: () => true, responseType: "arraybuffer" })
      const privateFiles = async () => (await readdir(readEnv().FILE_PRIVATE_UPLOAD_DIR).catch(() => [])).length
      // a phone's photo: a JPEG with metadata, which storage must not keep
      const doorPhoto = () => sharp({ create: { width: 64, height: 48, channels: 3, background: "#c0392b" } }).jpeg().withExif({ IFD0: { ImageDescription: "Mustaqillik 5, 2nd floor" } }).toBuffer()

      /** A delivery order the kitchen made ready, taken by COURIER and out for delivery; its courier post. */
      async function outForDelivery() {
        const { order, ticket, customerChat } = await paidOrder("delivery")
        const kitchen = { type: "admin" as const, id: "user_test", name: "Admin" }
        for (const to of ["ACCEPTED", "PREPARING", "READY"] as const) await moveProductionTicket(container(), { ticket_id: ticket.id, to, actor: kitchen })
        await claimDeliveryWorkflow(container()).run({ input: { ticket_id: ticket.id, actor: courierActor } })
        await moveProductionTicket(container(), { ticket_id: ticket.id, to: "OUT_FOR_DELIVERY", actor: courierActor })
        const courierPost = fake().messagesIn(COURIER_CHAT).find((message) => message.text?.includes(`#${order.display_id}\n`))!
        return { order, ticket, customerChat, courierPost }
      }

      it("keeps the courier's photo, sent as a reply to the order's post, privately and without its metadata, and shows it in the admin", async () => {
        const { order, ticket, courierPost } = await outForDelivery()
        expect(plain(postIn(COURIER_CHAT, courierPost.message_id).text!)).toContain("📷 At the door, reply to this post with a photo of the delivery")
        const sent = await doorPhoto()
        fake().addFile("AgAC-door", sent)
        const update = groupMessage(COURIER_CHAT, photo("AgAC-door"), member(COURIER), courierPost.message_id)
        const calls = await chat.send(update)
        expect(replies(calls)).toEqual([`📷 Photo of the delivery of order #${order.display_id} saved (1 of 5).`])
        expect(calls.find((call) => call.method === "sendMessage")!.params.reply_parameters).toMatchObject({ message_id: update.message!.message_id })

        const [proof] = await staff().listDeliveryProofs({ ticket_id: ticket.id })
        expect(proof).toMatchObject({ telegram_user_id: String(COURIER), telegram_user_name: `Member${COURIER % 1000}`, mime_type: "image/jpeg" })
        expect(proof.file_id).toMatch(/^private-/) // the local provider's private folder, never served at /static
        expect(plain(postIn(COURIER_CHAT, courierPost.message_id).text!)).toContain("📷 Photos of the delivery: 1")

        // the admin reads it through the ticket (the board, the order page) and its authenticated route
        const { data: listed } = await api.get(`/admin/production/tickets?order_id=${order.id}`, { headers: admin })
        expect(listed.production_tickets).toHaveLength(1)
        const [shown] = listed.production_tickets[0].delivery_proofs
        expect(shown).toMatchObject({ id: proof.id, mime_type: "image/jpeg", courier_name: `Member${COURIER % 1000}` })
        const path = new URL(shown.url).pathname
        const image = await getAdmin(path)
        expect(image.status).toBe(200)
        expect(image.headers["content-type"]).toBe("image/jpeg")
        const stored = Buffer.from(image.data)
        expect(stored.equals((await checkUpload(sent, { name: "door" })).content)).toBe(true)
        expect((await sharp(sent).metadata()).exif).toBeDefined()
        expect((await sharp(stored).metadata()).exif).toBeUndefined()
        expect((await getAdmin(path, {})).status).toBe(401)
        expect((await getAdmin(`/admin/production/tickets/${ticket.id}/proofs/dlvproof_unknown`)).status).toBe(404)

        // the same photo again (or Telegram delivering the update twice) is kept once
        const again = await chat.send(groupMessage(COURIER_CHAT, photo("AgAC-door"), member(COURIER), courierPost.message_id))
        expect(replies(again)).toEqual([`📷 Photo of the delivery of order #${order.display_id} saved (1 of 5).`])
        expect(await staff().listDeliveryProofs({ ticket_id: ticket.id })).toHaveLength(1)
      })

      it("keeps one photo and one stored file when the same photo arrives several times at once", async () => {
        const { order, ticket, courierPost } = await outForDelivery()
        const filesBefore = await privateFiles()
        fake().addFile("AgAC-twice", await doorPhoto())
        const updates = Array.from({ length: 4 }, () => groupMessage(COURIER_CHAT, photo("AgAC-twice"), member(COURIER), courierPost.message_id))
        await Promise.all(updates.map((update) => chat.send(update)))
        // each update's own answer: the reply to its message
        const answerTo = (update: (typeof updates)[number]) => replies(fake().callsOf("sendMessage").filter((call) => (call.params.reply_parameters as any)?.message_id === update.message!.message_id))
        for (const update of updates) expect(answerTo(update)).toEqual([`📷 Photo of the delivery of order #${order.display_id} saved (1 of 5).`])
        expect(await staff().listDeliveryProofs({ ticket_id: ticket.id })).toHaveLength(1)
        // the losers' uploads were compensated: their files are gone again
        expect(await privateFiles()).toBe(filesBefore + 1)
      })

      it("refuses another member's photo, a file that is no image and a photo with no order to belong to, storing nothing", async () => {
        const { order, ticket, courierPost } = await outForDelivery()
        const filesBefore = await privateFiles()
        fake().addFile("AgAC-other", await doorPhoto())
        const other = await chat.send(groupMessage(COURIER_CHAT, photo("AgAC-other"), member(COURIERS[1]), courierPost.message_id))
        expect(replies(other)).toEqual([`Only Member${COURIER % 1000}, who delivers order #${order.display_id}, can add photos of its delivery.`])
        expect(fake().callsOf("getFile")).toHaveLength(0) // nobody's photo but the courier's is downloaded

        // an executable named like a photo, sent as a file
        fake().addFile("BQAC-program", Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]), Buffer.alloc(256, 0x90)]))
        const program = await chat.send(groupMessage(COURIER_CHAT, document("BQAC-program", "door.jpg"), member(COURIER), courierPost.message_id))
        expect(replies(program)).toEqual(["This file is not a JPEG, PNG or WebP picture, so nothing was saved. Send the photo of the delivery as a photo."])

        // the courier on the road sends a photo without replying: which order is it? The chat's other photos are its own business
        const loose = await chat.send(groupMessage(COURIER_CHAT, photo("AgAC-other"), member(COURIER)))
        expect(replies(loose)).toEqual(["To add a photo of a delivery, send it as a reply to the order's post, so it is clear which order it belongs to."])
        expect(replies(await chat.send(groupMessage(STAFF_CHAT, photo("AgAC-other"), member(BAKERS[0]))))).toEqual([])

        expect(await staff().listDeliveryProofs({ ticket_id: ticket.id })).toHaveLength(0)
        expect(await privateFiles()).toBe(filesBefore)
        expect(plain(postIn(COURIER_CHAT, courierPost.message_id).text!)).not.toContain("Photos of the delivery")
      })

      it("answers in the chat's language and takes photos only on the courier's step", async () => {
        const { order, ticket, courierPost } = await outForDelivery()
        await setStaffChatWorkflow(container()).run({ input: { seller_id: sellerId, staff_chat_id: String(STAFF_CHAT), courier_chat_id: String(COURIER_CHAT), language: "ru" } })
        await moveProductionTicket(container(), { ticket_id: ticket.id, to: "CANCELLED", actor: { type: "admin", id: "user_test", name: "Admin" }, reason: "no_courier" })
        fake().addFile("AgAC-late", await doorPhoto())
        const late = await chat.send(groupMessage(COURIER_CHAT, photo("AgAC-late"), member(COURIER), courierPost.message_id))
        expect(replies(late)).toEqual([`Заказ №${order.display_id} в статусе «отменён»: фото доставки добавляют, когда заказ уже в пути.`])
        expect(await staff().listDeliveryProofs({ ticket_id: ticket.id })).toHaveLength(0)
      })

      it("with STAFF_DELIVERY_PROOF_REQUIRED, lets the courier press Delivered only after a photo", async () => {
        const { order, ticket, customerChat, courierPost } = await outForDelivery()
        process.env.STAFF_DELIVERY_PROOF_REQUIRED = "true"
        try {
          const delivered = () => press(COURIER_CHAT, COURIER, buttonData(COURIER_CHAT, courierPost.message_id, /Delivered/)!, courierPost.message_id)
          expect(answersIn(await delivered())).toEqual(["First reply to the order's post with a photo of the delivery"])
          expect((await staff().retrieveProductionTicket(ticket.id)).status).toBe("OUT_FOR_DELIVERY")
          fake().addFile("AgAC-proof", await doorPhoto())
          await chat.send(groupMessage(COURIER_CHAT, photo("AgAC-proof"), member(COURIER), courierPost.message_id))
          expect(answersIn(await delivered())).toEqual(["Done"])
          await waitForPush(fake(), customerChat, new RegExp(`^Order #${order.display_id} is delivered\\. Enjoy!$`))
          // a photo just after handing over is still the courier's step
          fake().addFile("AgAC-after", await doorPhoto())
          const after = await chat.send(groupMessage(COURIER_CHAT, document("AgAC-after", "after.jpg"), member(COURIER), courierPost.message_id))
          expect(replies(after)).toEqual([`📷 Photo of the delivery of order #${order.display_id} saved (2 of 5).`])
        } finally {
          delete process.env.STAFF_DELIVERY_PROOF_REQUIRED
        }
      })
    })
  },
})
