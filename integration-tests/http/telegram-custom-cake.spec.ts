import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { checkUpload } from "../../src/lib/uploads/check-upload"
import { TELEGRAM_MODULE } from "../../src/modules/telegram"
import type TelegramModuleService from "../../src/modules/telegram/service"
import { botAgainstFakeTelegram } from "../helpers/fake-telegram"
import { callback, location, message, photoMessage } from "../fakes/telegram-updates"
import { eventually } from "../helpers/eventually"

jest.setTimeout(240_000)

const TOKEN = "7000000001:AAH-dasturxon-test-token-0123456789"
const SECRET = "dasturxon-webhook-secret-0123"
// a conversation answers faster than a person types; the limit itself is tested in telegram-bot.spec.ts
process.env.TELEGRAM_RATE_LIMIT = "100"

const fake = botAgainstFakeTelegram(TOKEN, SECRET)

// A real 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64")
const NOT_AN_IMAGE = Buffer.from("%PDF-1.4\n% a document, not a picture\n")

type Call = { method: string; params: Record<string, any> }
type Keyboard = { inline_keyboard: { text: string; callback_data?: string }[][] }
const buttons = (params: Record<string, any>) => ((params.reply_markup as Keyboard | undefined)?.inline_keyboard ?? []).flat()
const texts = (calls: Call[]) => calls.filter((call) => call.method === "sendMessage").map((call) => String(call.params.text))
const last = (calls: Call[], method: string) => calls.filter((call) => call.method === method).at(-1)!.params

/** The bot takes 8 updates per user in 4 seconds (create-bot.ts); a whole request is paced to stay under it. */
const RATE = { updates: 8, windowMs: 4_100 }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    let chat = 600_000
    const sentAt = new Map<number, number[]>()

    /** Delivers an update of `chatId` and returns the Bot API calls the bot made while handling it. */
    async function send(chatId: number, update: unknown): Promise<Call[]> {
      const times = sentAt.get(chatId) ?? []
      const oldest = times.at(-RATE.updates)
      if (oldest !== undefined && Date.now() - oldest < RATE.windowMs) await new Promise((resolve) => setTimeout(resolve, RATE.windowMs - (Date.now() - oldest)))
      sentAt.set(chatId, [...times, Date.now()].slice(-RATE.updates))
      const before = fake().calls.length
      const response = await api.post("/hooks/telegram", update, { headers: { "x-telegram-bot-api-secret-token": SECRET } })
      expect(response.status).toBe(200)
      return fake().calls.slice(before)
    }
    const say = (id: number, text: string) => send(id, message(id, text))
    const tap = (id: number, value: string | number) => send(id, callback(id, `cake:${value}`, 1))

    async function userSpeaking(language: "ru" | "uz" | "en") {
      const id = ++chat
      await say(id, "/start")
      await send(id, callback(id, `lang:${language}`, 1))
      return id
    }

    async function customerOf(id: number): Promise<string> {
      const [user] = await container().resolve<TelegramModuleService>(TELEGRAM_MODULE).listTelegramUsers({ telegram_id: String(id) })
      return user.customer_id!
    }

    async function requestsOf(customerId: string) {
      const { data } = await query().graph({ entity: "custom_cake_request", fields: ["*", "images.*"], filters: { customer_id: customerId } })
      return data as any[]
    }

    /** Taps the last offered day, then `hour`; returns the wanted time as the shop means it (Tashkent, UTC+5). */
    async function chooseDate(id: number, dayPrompt: Call[], hour: number): Promise<string> {
      const days = buttons(last(dayPrompt, "sendMessage")).map((button) => button.callback_data!.slice("cake:".length))
      expect(days).toHaveLength(7)
      const day = days.at(-1)!
      const hours = buttons(last(await tap(id, day), "sendMessage")).map((button) => button.text)
      expect(hours).toEqual(["10:00", "13:00", "16:00", "19:00"])
      await tap(id, hour)
      const [year, month, date] = day.split("-").map(Number)
      return new Date(Date.UTC(year, month - 1, date, hour - 5)).toISOString()
    }

    const notificationsTo = (id: number, text: string) =>
      fake().callsOf("sendMessage").filter((call) => String(call.params.chat_id) === String(id) && String(call.params.text) === text)

    beforeAll(async () => {
      await seedDemoStore(container())
    })

    beforeEach(() => fake().reset())

    it("takes a whole request in Russian, re-asking bad answers, and stores it with 2 photos as the user's customer", async () => {
      const id = await userSpeaking("ru")
      const start = await say(id, "/cake")
      expect(texts(start)[0]).toMatch(/^Опишем ваш торт по шагам/)
      expect(buttons(last(start, "sendMessage")).map((button) => [button.text, button.callback_data])).toContainEqual(["🎂 День рождения", "cake:birthday"])

      await tap(id, "birthday")
      await tap(id, "round")
      const tooManyTiers = await say(id, "7")
      expect(texts(tooManyTiers)).toEqual(["Напишите целое число от 1 до 5 или выберите кнопку."])
      expect(buttons(last(tooManyTiers, "sendMessage")).length).toBeGreaterThan(0)
      expect(texts(await say(id, "2"))[0]).toMatch(/^Ярус 1 снизу/)
      const upper = await tap(id, 24)
      expect(texts(upper)[0]).toMatch(/^Ярус 2 снизу/)
      // the tier above may not be larger than the one below: no button above 24 cm, and a typed 30 is refused
      expect(buttons(last(upper, "sendMessage")).map((button) => button.text)).toEqual(["12 cm", "16 cm", "20 cm", "24 cm"])
      expect(texts(await say(id, "30"))).toEqual(["Напишите размер в см, число от 8 до 24 (верхний ярус не может быть больше нижнего)."])
      await say(id, "18")
      await tap(id, 10)
      await tap(id, 6)
      await tap(id, "honey")
      await tap(id, "cream")
      await tap(id, 3)
      await say(id, "20")
      await say(id, "белый, золотой")
      const photos = await say(id, "С днём рождения, Малика!")
      expect(texts(photos)).toEqual(["Пришлите фото-примеры, если есть (до 5), затем нажмите «Готово»."])

      fake().addFile("AgAC-cake-idea-1", PNG)
      fake().addFile("AgAC-cake-idea-2", PNG)
      expect(texts(await send(id, photoMessage(id, "AgAC-cake-idea-1")))).toEqual(["Фото 1 из 5 получено. Пришлите ещё или нажмите «Готово»."])
      await send(id, photoMessage(id, "AgAC-cake-idea-2"))
      const wanted = await chooseDate(id, await tap(id, "done"), 16)
      const summary = last(await tap(id, "PICKUP"), "sendMessage")
      expect(summary.text).toContain("• Форма: ⚪ Круглый, размеры: 24 / 18 см, высота яруса 10 см")
      expect(summary.text).toContain("• Фото: 2")
      expect(summary.text).toContain("• 🏪 Самовывоз")
      expect(buttons(summary).map((button) => button.callback_data)).toEqual(["cake:send", "cake:cancel"])

      const sent = await tap(id, "send")
      const customerId = await customerOf(id)
      const [request] = await requestsOf(customerId)
      expect(texts(sent).slice(0, 2)).toEqual([`Заявка №${request.display_id} отправлена. Кондитер ответит здесь с ценой.`, "Что вы хотите сделать?"])
      expect(request).toMatchObject({
        status: "PENDING_REVIEW",
        locale: "ru",
        colors: ["белый", "золотой"],
        cake_message: "С днём рождения, Малика!",
        servings_wanted: 20,
        fulfillment: "PICKUP",
        delivery_address: null,
        features: {
          shape: "round",
          tiers: [{ size_cm: 24, height_cm: 10 }, { size_cm: 18, height_cm: 10 }],
          layers: 6,
          flavor: "honey",
          filling: "cream",
          decoration_complexity: 3,
          event_type: "birthday",
        },
      })
      expect(new Date(request.wanted_at).toISOString()).toBe(wanted)
      // stored as every upload is: re-encoded without metadata
      const { size } = await checkUpload(PNG, { name: "photo" })
      expect(request.images.map((image: any) => [image.mime_type, image.size])).toEqual([["image/png", size], ["image/png", size]])

      // the workflow's custom_cake.submitted event tells the chat too, once
      const received = `Мы получили вашу заявку на торт №${request.display_id}. Кондитер скоро ответит с ценой.`
      await eventually(() => (notificationsTo(id, received).length ? true : undefined), "the submitted notification")
      await say(id, "/help")
      expect(notificationsTo(id, received)).toHaveLength(1)
    })

    it("takes a delivery request in English from the menu button, refusing a file that is not an image and storing nothing until the photos are good", async () => {
      const id = await userSpeaking("en")
      const customerId = await customerOf(id)
      const start = await send(id, callback(id, "menu:custom-cake", 1))
      expect(start.some((call) => call.method === "answerCallbackQuery")).toBe(true)
      expect(texts(start)).toContain("What is the occasion?")
      await tap(id, "kids")
      await tap(id, "sheet")
      await tap(id, 1)
      expect(texts(await say(id, "40 by 30"))).toEqual(["Type length and width like 40x30, each from 8 to 80 cm; an upper tier must fit on the one below."])
      await say(id, "40x30")
      await say(id, "8")
      await tap(id, 4)
      await tap(id, "chocolate")
      await tap(id, "ganache")
      await tap(id, 2)
      await tap(id, "skip")
      await tap(id, "skip")
      await tap(id, "skip")
      fake().addFile("AgAC-good-photo", PNG)
      fake().addFile("BQAC-not-a-photo", NOT_AN_IMAGE)
      await send(id, photoMessage(id, "AgAC-good-photo"))
      await send(id, photoMessage(id, "BQAC-not-a-photo"))
      const wanted = await chooseDate(id, await tap(id, "done"), 10)
      expect(texts(await tap(id, "DELIVERY"))[0]).toMatch(/^Write the delivery address/)
      expect(texts(await send(id, location(id, 41.311, 69.279)))).toEqual(["Thank you! Now write the address in words for the courier: city, then street, house and flat."])
      const summary = last(await say(id, "Tashkent, Navoi street 12, flat 5"), "sendMessage")
      expect(summary.text).toContain("• 🚚 Delivery: Tashkent, Navoi street 12, flat 5")

      const refused = await tap(id, "send")
      expect(texts(refused)).toEqual([
        "File 2 is not a JPEG, PNG or WebP picture. Please send your photos again.",
        "Send reference photos if you have any (up to 5), then press Done.",
      ])
      expect(await requestsOf(customerId)).toEqual([])
      const { data: images } = await query().graph({ entity: "custom_cake_image", fields: ["id"], filters: { customer_id: customerId } })
      expect(images).toEqual([])

      fake().addFile("AgAC-photo-3", PNG)
      fake().addFile("AgAC-photo-4", PNG)
      await send(id, photoMessage(id, "AgAC-photo-3"))
      await send(id, photoMessage(id, "AgAC-photo-4"))
      expect(buttons(last(await tap(id, "done"), "sendMessage")).map((button) => button.text)).toEqual(["✅ Send", "✖ Cancel"])
      const sent = await tap(id, "send")
      const [request] = await requestsOf(customerId)
      expect(texts(sent)[0]).toBe(`Request #${request.display_id} is sent. The pastry chef will reply here with a price.`)
      expect(request).toMatchObject({
        locale: "en",
        colors: [],
        cake_message: null,
        servings_wanted: null,
        fulfillment: "DELIVERY",
        delivery_address: { city: "Tashkent", address_1: "Navoi street 12, flat 5", latitude: 41.311, longitude: 69.279 },
        features: { shape: "sheet", tiers: [{ length_cm: 40, width_cm: 30, height_cm: 8 }], layers: 4, flavor: "chocolate", filling: "ganache", decoration_complexity: 2, event_type: "kids" },
      })
      expect(new Date(request.wanted_at).toISOString()).toBe(wanted)
      expect(request.images).toHaveLength(2)
    })

    it("ends the conversation on /start, so later messages are not taken as answers", async () => {
      const id = await userSpeaking("uz")
      await say(id, "/cake")
      expect(texts(await tap(id, "birthday"))).toEqual(["Qanday shaklda?"])
      const menu = await say(id, "/start")
      expect(texts(menu).at(-1)).toBe("Nima qilmoqchisiz?")
      expect(texts(await say(id, "2"))).toEqual(["Kechirasiz, tushunmadim. Quyidagi tugmalardan yoki /help dan foydalaning."])
      const staleButton = await tap(id, "round")
      expect(staleButton.map((call) => call.method)).toEqual(["answerCallbackQuery"])
      expect(await requestsOf(await customerOf(id))).toEqual([])
    })
  },
})
