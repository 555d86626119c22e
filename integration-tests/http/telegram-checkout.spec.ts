import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { TELEGRAM_MODULE } from "../../src/modules/telegram"
import type TelegramModuleService from "../../src/modules/telegram/service"
import { SCHEDULING_MODULE } from "../../src/modules/scheduling"
import type SchedulingModuleService from "../../src/modules/scheduling/service"
import { botAgainstFakeTelegram } from "../helpers/fake-telegram"
import { contact, location, message, preCheckout, successfulPayment } from "../fakes/telegram-updates"
import { buttons, lastCall, plain, telegramChat, textsOf, waitForPush } from "../helpers/telegram-chat"

jest.setTimeout(240_000)

const TOKEN = "7000000002:AAH-dasturxon-checkout-token-0123456789"
const SECRET = "dasturxon-checkout-secret-0123"
process.env.TELEGRAM_PAYMENTS_PROVIDER_TOKEN = "398062629:TEST:dasturxon-provider-token"
process.env.PAYME_MERCHANT_ID = "587f72c72cac0d162c722ae2"
process.env.PAYME_KEY = "payme-live-key-0123456789abcdefghijklmn"
process.env.PAYME_TEST_MODE = "false"
// a journey taps faster than a person; the limit itself is tested in telegram-bot.spec.ts
process.env.TELEGRAM_RATE_LIMIT = "100"

const fake = botAgainstFakeTelegram(TOKEN, SECRET)

type Language = "ru" | "uz" | "en"

/** What each language's journey taps and expects, word for word. */
const WORDS = {
  ru: { checkout: "✅ Оформить заказ", pickup: /^🏠 Самовывоз/, delivery: /^🚚 Доставка/, skip: "Пропустить", telegram: "💳 Оплатить в Telegram", askPhone: "Как с вами связаться?", received: "Оплата получена, спасибо!", invoice: "Заказ в Dasturxon", outdated: "Корзина изменилась или счёт устарел. Откройте корзину и оплатите заново." },
  uz: { checkout: "✅ Buyurtma berish", pickup: /^🏠 Olib ketish/, delivery: /^🚚 Kuryer/, skip: "Oʻtkazib yuborish", telegram: "💳 Telegramda toʻlash", askPhone: "Siz bilan qanday bogʻlanamiz?", received: "Toʻlov qabul qilindi, rahmat!", invoice: "Dasturxon buyurtmasi", outdated: "Savat oʻzgardi yoki hisob eskirdi. Savatni ochib, qaytadan toʻlang." },
  en: { checkout: "✅ Check out", pickup: /^🏠 Pickup/, delivery: /^🚚 Courier delivery/, skip: "Skip", telegram: "💳 Pay in Telegram", askPhone: "How do we reach you?", received: "Payment received, thank you!", invoice: "Dasturxon order", outdated: "The cart has changed or this invoice is out of date. Open the cart and pay again." },
} as const

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    const telegram = () => container().resolve<TelegramModuleService>(TELEGRAM_MODULE)
    const chat = telegramChat(api, fake, SECRET)

    beforeAll(async () => {
      await seedDemoStore(container(), { slots: true })
    })
    beforeEach(() => fake().reset())

    const customerOf = async (id: number) => (await telegram().listTelegramUsers({ telegram_id: String(id) }))[0].customer_id!
    const ordersOf = async (customerId: string) =>
      (
        await query().graph({
          entity: "order",
          fields: ["id", "metadata", "sales_channel.name", "items.product_handle", "items.variant_title", "items.quantity", "total", "shipping_address.phone", "shipping_address.address_1", "payment_collections.status", "payment_collections.payment_sessions.provider_id"],
          filters: { customer_id: customerId },
        })
      ).data.map((order: any) => ({
        ...order,
        total: Number(order.total),
        items: order.items.map((item: any) => ({ ...item, quantity: Number(item.quantity) })),
      }))

    /** A user of `language` puts two 16 cm Napoleons in the cart from the product's deep link. */
    async function napoleonsInCart(language: Language) {
      const id = await chat.userSpeaking(language)
      await chat.send(message(id, "/start p_napoleon"))
      await chat.tap(id, /^🛒 16 cm/)
      const added = await chat.tap(id, "2")
      return { id, added }
    }

    /** Checkout to the payment buttons: contact, pickup or delivery, first day and time offered, texts. */
    async function checkOut(id: number, language: Language, fulfillment: "pickup" | "delivery", place?: string | { latitude: number; longitude: number }) {
      const words = WORDS[language]
      const asked = await chat.tap(id, words.checkout)
      expect(textsOf(asked).at(-1)).toContain(words.askPhone)
      expect(buttons(lastCall(asked, "sendMessage"))[0]).toMatchObject({ request_contact: true })
      await chat.send(contact(id, "998901234567"))
      await chat.tap(id, words[fulfillment])
      if (place) await chat.send(typeof place === "string" ? message(id, place) : location(id, place.latitude, place.longitude))
      await chat.tap(id, /./) // the first day with a free slot
      await chat.tap(id, /^\d\d:00–\d\d:00$/) // its first slot, held for the cart
      await chat.send(message(id, "Malika 7!"))
      return chat.tap(id, words.skip)
    }

    /** Pays the invoice the way Telegram does: the pre-checkout question, then the successful payment. */
    async function payInTelegram(id: number, language: Language) {
      const invoiceCalls = await chat.tap(id, WORDS[language].telegram)
      const invoice = lastCall(invoiceCalls, "sendInvoice")
      const total = (invoice.prices as { amount: number }[]).reduce((sum, price) => sum + price.amount, 0)
      const asked = await chat.send(preCheckout(id, invoice.payload, total))
      expect(lastCall(asked, "answerPreCheckoutQuery")).toMatchObject({ ok: true })
      const paid = await chat.send(successfulPayment(id, invoice.payload, total))
      return { invoice, total, paid }
    }

    describe("from /start to a paid order", () => {
      it("in Russian: pickup, paid with a Telegram invoice", async () => {
        const { id, added } = await napoleonsInCart("ru")
        expect(textsOf(added).at(-1)).toBe("Добавлено: Наполеон, 16 cm × 2. В корзине на 360 000 сум.")
        const summary = await checkOut(id, "ru", "pickup")
        const text = textsOf(summary).at(-1)!
        expect(text).toContain("1. Наполеон, 16 cm × 2 — 360 000 сум")
        expect(text).toContain("🏠 Самовывоз")
        expect(text).toContain("Надпись на торте: Malika 7!")
        expect(text).toContain("Итого: 360 000 сум")
        expect(buttons(lastCall(summary, "sendMessage")).map((button) => button.text)).toEqual(["💳 Payme", "💳 Оплатить в Telegram", "🛒 Корзина"])

        const { invoice, total, paid } = await payInTelegram(id, "ru")
        expect(invoice).toMatchObject({ title: WORDS.ru.invoice, currency: "UZS", provider_token: process.env.TELEGRAM_PAYMENTS_PROVIDER_TOKEN })
        expect(total).toBe(360_000 * 100)
        expect(textsOf(paid).some((text) => text.startsWith(WORDS.ru.received))).toBe(true)
        // the confirmation comes from the order.placed subscriber, in the user's language, product titles too
        const pushed = await waitForPush(fake(), id, /^Спасибо! Заказ №/, async () => (await query().graph({ entity: "notification", fields: ["template", "status"], filters: { to: String(id) } })).data)
        const confirmation = plain(pushed.text)
        expect(confirmation).toContain("Наполеон (16 cm) × 2")
        expect(confirmation).toContain("Итого: 360 000 сум")

        const [order] = await ordersOf(await customerOf(id))
        expect(order).toMatchObject({
          sales_channel: { name: "Telegram" },
          total: 360_000,
          metadata: { channel: "telegram", fulfillment: "pickup", cake_message: "Malika 7!", card_text: null, wanted_time: expect.stringMatching(/^\d\d:00–\d\d:00$/) },
          shipping_address: { phone: "+998901234567" },
        })
        expect(order.items).toEqual([expect.objectContaining({ product_handle: "napoleon", variant_title: "16 cm", quantity: 2 })])
        expect(order.payment_collections[0].status).toBe("completed")
        const [user] = await telegram().listTelegramUsers({ telegram_id: String(id) })
        expect(user.phone).toBe("+998901234567")
      })

      it("in Uzbek: courier delivery to a typed address", async () => {
        const { id } = await napoleonsInCart("uz")
        const summary = await checkOut(id, "uz", "delivery", "Buxoro, Mustaqillik 5, 12-xonadon")
        const text = textsOf(summary).at(-1)!
        expect(text).toContain("Manzil: Buxoro, Mustaqillik 5, 12-xonadon")
        expect(text).toContain("Yetkazib berish: 25 000 soʻm")
        expect(text).toContain("Jami: 385 000 soʻm")
        const { total, paid } = await payInTelegram(id, "uz")
        expect(total).toBe(385_000 * 100)
        expect(textsOf(paid).some((text) => text.startsWith(WORDS.uz.received))).toBe(true)
        const [order] = await ordersOf(await customerOf(id))
        expect(order).toMatchObject({ total: 385_000, metadata: { fulfillment: "delivery" }, shipping_address: { address_1: "Buxoro, Mustaqillik 5, 12-xonadon" } })
      })

      it("in English: delivery to a shared location", async () => {
        const { id } = await napoleonsInCart("en")
        const summary = await checkOut(id, "en", "delivery", { latitude: 39.7747, longitude: 64.4286 })
        expect(textsOf(summary).at(-1)).toContain("Address: shared location")
        const { paid } = await payInTelegram(id, "en")
        expect(textsOf(paid).some((text) => text.startsWith(WORDS.en.received))).toBe(true)
        const [order] = await ordersOf(await customerOf(id))
        expect(order.metadata).toMatchObject({ fulfillment: "delivery", delivery_location: { latitude: 39.7747, longitude: 64.4286 } })
        expect(order.shipping_address.address_1).toBe("📍 39.774700, 64.428600")
      })
    })

    describe("payments", () => {
      it("makes one order however often Telegram delivers the payment, and refuses to be charged twice", async () => {
        const { id } = await napoleonsInCart("en")
        await checkOut(id, "en", "pickup")
        const { invoice, total } = await payInTelegram(id, "en")
        await chat.send(successfulPayment(id, invoice.payload, total))
        expect(await ordersOf(await customerOf(id))).toHaveLength(1)
        const again = await chat.send(preCheckout(id, invoice.payload, total))
        expect(lastCall(again, "answerPreCheckoutQuery")).toMatchObject({ ok: false, error_message: "This order is already paid." })
      })

      it("refuses a pre-checkout for another amount, and for a cart changed after the invoice", async () => {
        const { id } = await napoleonsInCart("ru")
        await checkOut(id, "ru", "pickup")
        const invoice = lastCall(await chat.tap(id, WORDS.ru.telegram), "sendInvoice")
        const total = (invoice.prices as { amount: number }[]).reduce((sum, price) => sum + price.amount, 0)
        const wrong = await chat.send(preCheckout(id, invoice.payload, total - 100))
        expect(lastCall(wrong, "answerPreCheckoutQuery")).toMatchObject({ ok: false, error_message: WORDS.ru.outdated })

        await chat.send(message(id, "/cart"))
        await chat.tap(id, "➕ 1")
        const changed = await chat.send(preCheckout(id, invoice.payload, total))
        expect(lastCall(changed, "answerPreCheckoutQuery")).toMatchObject({ ok: false, error_message: WORDS.ru.outdated })
        expect(await ordersOf(await customerOf(id))).toHaveLength(0)
      })

      it("offers a Payme link for the cart's session", async () => {
        const { id } = await napoleonsInCart("uz")
        await checkOut(id, "uz", "pickup")
        const calls = await chat.tap(id, "💳 Payme")
        const link = buttons(lastCall(calls, "sendMessage"))[0]
        expect(link.text).toBe("Payme orqali toʻlash")
        const encoded = link.url!.replace("https://checkout.paycom.uz/", "")
        const { data: sessions } = await query().graph({ entity: "payment_session", fields: ["id", "provider_id"], filters: { provider_id: "pp_payme_payme" } })
        const decoded = Buffer.from(encoded, "base64").toString()
        expect(sessions.some((session: { id: string }) => decoded.includes(`ac.order_id=${session.id}`))).toBe(true)
        expect(decoded).toContain("a=36000000")
      })
    })

    describe("slots", () => {
      it("explains a slot taken meanwhile in the user's language, offers the slots again, and holds the one chosen next", async () => {
        const { id } = await napoleonsInCart("ru")
        await chat.tap(id, WORDS.ru.checkout)
        await chat.send(contact(id, "998901234567"))
        const days = await chat.tap(id, WORDS.ru.pickup)
        const date = String(buttons(lastCall(days, "sendMessage"))[0].callback_data).replace("co:d:", "")
        const times = await chat.tap(id, /./)
        const first = String(buttons(lastCall(times, "sendMessage"))[0].text)
        // another customer takes every place of that slot before this one taps it
        const scheduling = container().resolve<SchedulingModuleService>(SCHEDULING_MODULE)
        const { data: [napoleon] }: { data: any[] } = await query().graph({ entity: "product", fields: ["bakery.id"], filters: { handle: "napoleon" } })
        const slot = { seller_id: napoleon.bakery.id, type: "PICKUP" as const, date, starts_at: first.slice(0, 5) }
        const [template] = await scheduling.listSlotTemplates({ seller_id: slot.seller_id, type: "PICKUP", starts_at: slot.starts_at }, { take: 1 })
        while (await scheduling.takeSlotPlace(slot, { orders: template.capacity_orders, cakes: null }, 0));
        const refused = await chat.tap(id, first)
        expect(textsOf(refused)).toContain("Это время только что заняли. Пожалуйста, выберите другое.")
        expect(textsOf(refused).at(-1)).toBe("На какой день?")
        await chat.tap(id, /./)
        const second = await chat.tap(id, /^\d\d:00–\d\d:00$/)
        expect(textsOf(second).at(-1)).toContain("Надпись на торте")
        const [held] = await scheduling.listSlotBookings({ status: "HELD" }, { order: { created_at: "DESC" }, take: 1 })
        expect(`${held.date} ${held.starts_at}`).not.toBe(`${date} ${slot.starts_at}`)
      })
    })

    describe("cart", () => {
      it("changes quantities, removes lines and explains the one-seller rule in the user's language", async () => {
        const { id } = await napoleonsInCart("ru")
        await chat.send(message(id, "/start p_red-velvet"))
        await chat.tap(id, /^🛒 /)
        const refused = await chat.tap(id, "1")
        expect(textsOf(refused).at(-1)).toMatch(/^В корзине товары от «.+», а этот товар от «.+»\. В одном заказе — товары одного продавца/)

        await chat.send(message(id, "/cart"))
        const more = await chat.tap(id, "➕ 1")
        expect(textsOf(more).at(-1)).toContain("1. Наполеон, 16 cm × 3 — 540 000 сум")
        const removed = await chat.tap(id, "✖ 1")
        expect(textsOf(removed).at(-1)).toBe("Корзина пуста. Загляните в каталог!")
      })

      it("leaves the checkout for any command, and says so for an empty cart", async () => {
        const { id } = await napoleonsInCart("en")
        await chat.tap(id, WORDS.en.checkout)
        const restarted = await chat.send(message(id, "/start"))
        expect(textsOf(restarted)).toContain("What would you like to do?")
        const stray = await chat.send(message(id, "+998901234567"))
        expect(textsOf(stray).at(-1)).toBe("Sorry, I did not understand that. Use the buttons below or /help.")

        const empty = await chat.userSpeaking("en")
        const calls = await chat.send(message(empty, "/checkout"))
        expect(textsOf(calls).at(-1)).toBe("Your cart is empty. Have a look at the catalog!")
      })

      it("asks again for a phone that is not one, and takes only the customer's own contact", async () => {
        const { id } = await napoleonsInCart("ru")
        await chat.tap(id, WORDS.ru.checkout)
        const typed = await chat.send(message(id, "позвоните мне"))
        expect(textsOf(typed).at(-1)).toBe("Это не похоже на номер телефона. Напишите его так: +998 90 123 45 67.")
        const someoneElses = contact(id, "998911112233")
        someoneElses.message!.contact!.user_id = id + 1
        const foreign = await chat.send(someoneElses)
        expect(plain(textsOf(foreign).at(-1)!)).toBe("Пожалуйста, отправьте свой номер кнопкой ниже или напишите его.")
        const good = await chat.send(message(id, "90 123 45 67"))
        expect(textsOf(good)).toContain("Спасибо, номер сохранён.")
      })
    })
  },
})
