import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { signInitData } from "../../src/modules/auth-telegram/init-data"
import { TELEGRAM_MODULE } from "../../src/modules/telegram"
import type TelegramModuleService from "../../src/modules/telegram/service"
import { botAgainstFakeTelegram } from "../helpers/fake-telegram"
import { callback, message } from "../fakes/telegram-updates"

jest.setTimeout(180_000)

const TOKEN = "7000000001:AAH-dasturxon-test-token-0123456789"
const SECRET = "dasturxon-webhook-secret-0123"

const fake = botAgainstFakeTelegram(TOKEN, SECRET)

type Keyboard = { inline_keyboard: { text: string; callback_data?: string }[][] }
// prices keep their digit groups together with no-break spaces; compare them as plain spaces
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")
const buttons = (params: Record<string, any>) => ((params.reply_markup as Keyboard | undefined)?.inline_keyboard ?? []).flat()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const telegram = () => container().resolve<TelegramModuleService>(TELEGRAM_MODULE)
    let chat = 500_000

    const deliver = (update: unknown, secret: string | null = SECRET) =>
      api.post("/hooks/telegram", update, { headers: secret ? { "x-telegram-bot-api-secret-token": secret } : {}, validateStatus: () => true })

    /** Delivers an update and returns the Bot API calls the bot made while handling it. */
    async function send(update: unknown) {
      const before = fake().calls.length
      const response = await deliver(update)
      expect(response.status).toBe(200)
      return fake().calls.slice(before)
    }
    const last = (calls: { method: string; params: Record<string, any> }[], method: string) => calls.filter((call) => call.method === method).at(-1)!.params

    /** A new user who picked `language`; returns their chat id. */
    async function userSpeaking(language: "ru" | "uz" | "en") {
      const id = ++chat
      await send(message(id, "/start"))
      await send(callback(id, `lang:${language}`, 1))
      return id
    }

    beforeAll(async () => {
      await seedDemoStore(container())
    })

    beforeEach(() => fake().reset())

    describe("webhook", () => {
      it("refuses an update without our secret with 401 and runs nothing", async () => {
        for (const secret of [null, "wrong-secret-0123456789"]) {
          const response = await deliver(message(++chat, "/start"), secret)
          expect(response.status).toBe(401)
          expect(response.data.code).toBe("TELEGRAM_SECRET_INVALID")
        }
        expect(fake().calls).toEqual([])
        expect(await telegram().listTelegramUsers({ chat_id: String(chat) })).toEqual([])
      })

      it("refuses a body that is not an update with 400", async () => {
        const response = await deliver({ hello: "world" })
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("TELEGRAM_UPDATE_INVALID")
      })
    })

    describe("first contact and language", () => {
      it("asks a new user for a language and makes them one customer, however often they write", async () => {
        const id = ++chat
        // two first messages at once still make one customer
        const [calls] = await Promise.all([send(message(id, "/start")), send(message(id, "/start"))])
        const asked = last(calls, "sendMessage")
        expect(asked.chat_id).toBe(id)
        expect(buttons(asked).map((button) => [button.text, button.callback_data])).toEqual([
          ["Русский", "lang:ru"],
          ["Oʻzbekcha", "lang:uz"],
          ["English", "lang:en"],
        ])
        await send(message(id, "/help"))
        const users = await telegram().listTelegramUsers({ telegram_id: String(id) })
        expect(users).toHaveLength(1)
        const { data: customers } = await container().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: ["id", "first_name", "metadata"], filters: { id: users[0].customer_id! } })
        expect(customers[0]).toMatchObject({ first_name: "Malika", metadata: { telegram_id: String(id) } })
      })

      it.each([
        ["ru", "Готово: буду говорить по-русски.", "🎂 Каталог"],
        ["uz", "Tayyor: oʻzbek tilida gaplashaman.", "🎂 Katalog"],
        ["en", "Done: I will speak English.", "🎂 Catalog"],
      ] as const)("remembers %s and speaks it from then on", async (language, saved, catalogButton) => {
        const id = ++chat
        await send(message(id, "/start"))
        const calls = await send(callback(id, `lang:${language}`, 1))
        expect(last(calls, "editMessageText").text).toBe(saved)
        expect(buttons(last(calls, "sendMessage"))[0].text).toBe(catalogButton)
        const [user] = await telegram().listTelegramUsers({ telegram_id: String(id) })
        expect(user.language).toBe(language)
        const again = await send(message(id, "/start"))
        expect(buttons(last(again, "sendMessage"))[0].text).toBe(catalogButton)
      })

      it("answers what it does not understand in the user's language, with the menu", async () => {
        const id = await userSpeaking("uz")
        const calls = await send(message(id, "salom, tort bormi?"))
        expect(last(calls, "sendMessage").text).toBe("Kechirasiz, tushunmadim. Quyidagi tugmalardan yoki /help dan foydalaning.")
        expect(buttons(last(calls, "sendMessage")).length).toBeGreaterThan(0)
      })
    })

    describe("catalog", () => {
      it("goes from categories to a page of products to a card with sizes, prices and servings, in Russian", async () => {
        const id = await userSpeaking("ru")
        const categories = await send(callback(id, "menu:catalog", 2))
        const list = buttons(last(categories, "editMessageText"))
        const birthday = list.find((button) => button.text === "На день рождения")!
        expect(birthday).toBeDefined()
        const page = await send(callback(id, birthday.callback_data!, 2))
        const products = buttons(last(page, "editMessageText"))
        const napoleon = products.find((button) => button.text === "Наполеон")!
        expect(napoleon.callback_data).toMatch(/^prod:prod_/)
        const card = await send(callback(id, napoleon.callback_data!, 2))
        const photo = last(card, "sendPhoto")
        photo.caption = plain(photo.caption)
        expect(photo.caption).toContain("Наполеон")
        // the seed's Napoleon 16 cm: 180,000 UZS, the shop's own 6 servings
        expect(photo.caption).toContain("• 16 cm — 180 000 сум, порций: 6")
        expect(photo.caption).toMatch(/#halal/)
      })

      it("opens a product by deep link in English, and sends its photo once, then by file_id", async () => {
        const id = await userSpeaking("en")
        const first = last(await send(message(id, "/start p_napoleon")), "sendPhoto")
        expect(plain(first.caption)).toContain("• 16 cm — UZS 180,000, 6 servings")
        expect(String(first.photo)).toMatch(/^https?:\/\//)
        const second = last(await send(message(id, "/start p_napoleon")), "sendPhoto")
        expect(String(second.photo)).toMatch(/^AgAC/)
      })

      it("sends the photo by URL again when Telegram refuses a kept file_id, and keeps the new one", async () => {
        const id = await userSpeaking("en")
        await send(message(id, "/start p_napoleon")) // the first send keeps the photo's file_id, which the next one uses
        const keptId = String(last(await send(message(id, "/start p_napoleon")), "sendPhoto").photo)
        const [kept] = await telegram().listTelegramFiles({ telegram_file_id: keptId })
        await telegram().updateTelegramFiles({ id: kept.id, telegram_file_id: "AgAC-of-another-bot" })
        // the fake, as Telegram, refuses a file_id it never gave
        const sends = (await send(message(id, "/start p_napoleon"))).filter((call) => call.method === "sendPhoto")
        expect(sends.map((call) => String(call.params.photo))).toEqual(["AgAC-of-another-bot", kept.source_url])
        const [renewed] = await telegram().listTelegramFiles({ id: kept.id })
        expect(renewed.telegram_file_id).toMatch(/^AgAC/)
        expect(renewed.telegram_file_id).not.toBe("AgAC-of-another-bot")
        expect(String(last(await send(message(id, "/start p_napoleon")), "sendPhoto").photo)).toBe(renewed.telegram_file_id)
      })

      it("says an unknown deep link's product or bakery is not for sale, and shows the catalog", async () => {
        const id = await userSpeaking("ru")
        const product = await send(message(id, "/start p_no-such-cake"))
        expect(product.filter((call) => call.method === "sendMessage").map((call) => call.params.text)).toEqual([
          "Этот товар больше не продаётся. Вот каталог.",
          "Выберите категорию",
        ])
        const bakery = await send(message(id, "/start b_no-such-bakery"))
        expect(bakery[0].params.text).toBe("Эта пекарня сейчас не принимает заказы. Вот каталог.")
      })

      it("opens a bakery by deep link with its products", async () => {
        const id = await userSpeaking("uz")
        const calls = await send(message(id, "/start b_non-uyi"))
        const list = last(calls, "sendMessage")
        expect(list.text).toMatch(/: bizning pishiriqlarimiz$/)
        expect(buttons(list).some((button) => button.callback_data?.startsWith("prod:"))).toBe(true)
      })
    })

    describe("Mini App login", () => {
      const initData = (id: number, token = TOKEN) =>
        signInitData({ user: { id, first_name: "Malika", language_code: "ru" }, auth_date: Math.floor(Date.now() / 1000), query_id: "AAH" }, token)
      const login = (init_data: string) => api.post("/auth/customer/telegram", { init_data }, { validateStatus: () => true })
      const me = async (token: string) => {
        const { data: keys } = await container().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "api_key", fields: ["token", "title"], filters: { type: "publishable" } })
        const publishable = keys.find((key: { title: string }) => key.title === "Telegram storefront")!.token
        return api.get("/store/customers/me", { headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": publishable }, validateStatus: () => true })
      }

      it("logs a bot user into the storefront as the same customer", async () => {
        const id = await userSpeaking("ru")
        const [user] = await telegram().listTelegramUsers({ telegram_id: String(id) })
        const response = await login(initData(id))
        expect(response.status).toBe(200)
        const customer = await me(response.data.token)
        expect(customer.status).toBe(200)
        expect(customer.data.customer.id).toBe(user.customer_id)
      })

      it("gives a Mini App user who then writes to the bot one customer for both", async () => {
        const id = ++chat
        expect((await login(initData(id))).status).toBe(200)
        await send(message(id, "/start"))
        const [user] = await telegram().listTelegramUsers({ telegram_id: String(id) })
        const customer = await me((await login(initData(id))).data.token)
        expect(customer.data.customer.id).toBe(user.customer_id)
      })

      it("refuses initData signed with another bot's token, or tampered, with 401", async () => {
        expect((await login(initData(++chat, "7000000002:AAH-another-bot-token-0123456789"))).status).toBe(401)
        expect((await login(initData(++chat).replace("Malika", "Mallory"))).status).toBe(401)
      })
    })

    describe("resilience", () => {
      it("retries a message Telegram refused with 429 and delivers it", async () => {
        const id = await userSpeaking("en")
        fake().failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } })
        const calls = await send(message(id, "/help"))
        const attempts = calls.filter((call) => call.method === "sendMessage")
        expect(attempts).toHaveLength(2)
        expect(attempts[1].params.text).toMatch(/^I am the Dasturxon shop bot/)
      })

      it("slows down a user who floods the bot, answering them once", async () => {
        const id = await userSpeaking("en")
        // the bot takes 8 updates per user in 4 seconds
        await Promise.all(Array.from({ length: 12 }, () => send(message(id, "hello"))))
        const texts = fake().calls.filter((call) => call.method === "sendMessage").map((call) => String(call.params.text))
        expect(texts).toContain("Too many messages at once; please wait a few seconds.")
        expect(texts.filter((text) => text.startsWith("Sorry, I did not understand")).length).toBeLessThan(12)
      })
    })
  },
})
