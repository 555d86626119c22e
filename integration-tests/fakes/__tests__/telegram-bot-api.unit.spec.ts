import { autoRetry } from "@grammyjs/auto-retry"
import { Api, Bot, GrammyError, InlineKeyboard, InputFile } from "grammy"
import { FAKE_BOT, startFakeTelegram, type FakeTelegramUpload } from "../telegram-bot-api"
import { callback, contact, location, message, photoMessage, preCheckout, successfulPayment } from "../telegram-updates"

const TOKEN = "7000000001:fake-token"
const CHAT_ID = 998901234
const STAFF_CHANNEL_ID = -1001234567890
const TOO_MANY_REQUESTS = { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } }

async function grammyErrorOf(call: Promise<unknown>): Promise<GrammyError> {
  const error = await call.then(() => undefined, (reason: unknown) => reason)
  expect(error).toBeInstanceOf(GrammyError)
  return error as GrammyError
}

describe("fake Telegram Bot API", () => {
  let fake: Awaited<ReturnType<typeof startFakeTelegram>>
  let api: Api

  beforeAll(async () => {
    fake = await startFakeTelegram({ token: TOKEN })
  })
  beforeEach(() => {
    fake.reset()
    api = new Api(TOKEN, { apiRoot: fake.url })
  })
  afterAll(() => fake.close())

  it("answers getMe with the test bot", async () => {
    const me = await api.getMe()
    expect(me).toMatchObject({ ...FAKE_BOT, can_join_groups: true })
  })

  it("returns sent messages with increasing ids per chat and records them with their reply_markup", async () => {
    const keyboard = new InlineKeyboard().text("Tortlar", "catalog:cakes")
    const first = await api.sendMessage(CHAT_ID, "Salom!", { reply_markup: keyboard })
    const second = await api.sendMessage(CHAT_ID, "Menyu")
    const elsewhere = await api.sendMessage(CHAT_ID + 1, "Boshqa chat")

    expect(first).toMatchObject({
      message_id: 1,
      from: FAKE_BOT,
      chat: { id: CHAT_ID, type: "private" },
      text: "Salom!",
      reply_markup: { inline_keyboard: [[{ text: "Tortlar", callback_data: "catalog:cakes" }]] },
    })
    expect(Math.abs(first.date - Date.now() / 1000)).toBeLessThan(5)
    expect(second.message_id).toBe(2)
    expect(second.reply_markup).toBeUndefined()
    expect(elsewhere.message_id).toBe(1)
    expect(fake.callsOf("sendMessage")).toHaveLength(3)
    expect(fake.callsOf("sendMessage")[0].params).toMatchObject({
      chat_id: CHAT_ID,
      text: "Salom!",
      reply_markup: { inline_keyboard: [[{ text: "Tortlar", callback_data: "catalog:cakes" }]] },
    })
  })

  it("refuses a wrong token with 401 Unauthorized and records nothing", async () => {
    const stranger = new Api("7000000001:wrong-token", { apiRoot: fake.url })
    const error = await grammyErrorOf(stranger.sendMessage(CHAT_ID, "Salom!"))
    expect(error).toMatchObject({ error_code: 401, description: "Unauthorized" })
    expect(fake.calls).toHaveLength(0)
  })

  it("answers an unknown method with 404 method not found", async () => {
    const error = await grammyErrorOf(api.raw.getMyStarBalance())
    expect(error).toMatchObject({ error_code: 404, description: "Not Found: method not found" })
    expect(fake.callsOf("getMyStarBalance")).toHaveLength(1)
  })

  it("fails the next call once with the error given to failNext, then succeeds", async () => {
    fake.failNext("sendMessage", TOO_MANY_REQUESTS)

    const error = await grammyErrorOf(api.sendMessage(CHAT_ID, "Birinchi"))
    expect(error).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } })
    await expect(api.sendMessage(CHAT_ID, "Ikkinchi")).resolves.toMatchObject({ message_id: 1, text: "Ikkinchi" })
    expect(fake.callsOf("sendMessage")).toHaveLength(2)
  })

  it("lets auto-retry get one call through after a 429 with retry_after 1", async () => {
    api.config.use(autoRetry())
    fake.failNext("sendMessage", TOO_MANY_REQUESTS)

    const started = Date.now()
    await expect(api.sendMessage(CHAT_ID, "Sabr")).resolves.toMatchObject({ message_id: 1, text: "Sabr" })
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(fake.callsOf("sendMessage")).toHaveLength(2)
  })

  it("parses a multipart photo upload, returns a new file_id and reuses it when the photo is sent by that id", async () => {
    // CRLF and "--" inside the bytes: a part's content must not be cut at a boundary look-alike.
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff, 0xd9])
    const keyboard = new InlineKeyboard().text("Savatga", "cart:add:1")

    const photo = new InputFile(bytes, "napoleon.jpg")
    const uploaded = await api.sendPhoto(CHAT_ID, photo, { caption: "Napoleon", reply_markup: keyboard })
    const [upload] = fake.callsOf("sendPhoto")
    expect(upload.params).toMatchObject({
      chat_id: CHAT_ID,
      caption: "Napoleon",
      reply_markup: { inline_keyboard: [[{ callback_data: "cart:add:1" }]] },
    })
    expect((upload.params.photo as FakeTelegramUpload).filename).toBe("napoleon.jpg")
    expect((upload.params.photo as FakeTelegramUpload).bytes.equals(bytes)).toBe(true)

    const fileId = uploaded.photo.at(-1)?.file_id as string
    expect(fileId).toMatch(/^AgAC-fake-\d+$/)
    expect(uploaded).toMatchObject({ caption: "Napoleon", reply_markup: { inline_keyboard: [[{ text: "Savatga" }]] } })

    const resent = await api.sendPhoto(CHAT_ID + 1, fileId)
    expect(resent.photo.at(-1)?.file_id).toBe(fileId)
    expect(fake.callsOf("sendPhoto")[1].params.photo).toBe(fileId)
  })

  it("refuses a photo by an unknown file_id as Telegram does", async () => {
    const error = await grammyErrorOf(api.sendPhoto(CHAT_ID, "AgAC-never-seen"))
    expect(error).toMatchObject({ error_code: 400, description: "Bad Request: wrong file identifier/HTTP URL specified" })
  })

  it("serves a registered file through getFile and the download URL", async () => {
    const bytes = Buffer.from("a customer's cake sketch")
    fake.addFile("AgAC-customer-photo", bytes)

    const file = await api.getFile("AgAC-customer-photo")
    expect(file).toMatchObject({ file_id: "AgAC-customer-photo", file_size: bytes.length })
    const download = await fetch(`${fake.url}/file/bot${TOKEN}/${file.file_path}`)
    expect(download.status).toBe(200)
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true)

    const unknown = await grammyErrorOf(api.getFile("AgAC-never-seen"))
    expect(unknown).toMatchObject({ error_code: 400, description: "Bad Request: invalid file_id" })
  })

  it("edits the bot's messages like Telegram: removed keyboard, not-modified and not-found errors", async () => {
    const keyboard = new InlineKeyboard().text("Qabul qilish", "order:accept:1")
    const post = await api.sendMessage(STAFF_CHANNEL_ID, "Yangi buyurtma #1", { reply_markup: keyboard })
    expect(post).toMatchObject({ chat: { id: STAFF_CHANNEL_ID, type: "channel" }, sender_chat: { id: STAFF_CHANNEL_ID } })
    expect(post.from).toBeUndefined()

    const sameAgain = api.editMessageText(STAFF_CHANNEL_ID, post.message_id, "Yangi buyurtma #1", { reply_markup: keyboard })
    const unchanged = await grammyErrorOf(sameAgain)
    expect(unchanged.description).toMatch(/^Bad Request: message is not modified/)

    const edited = await api.editMessageText(STAFF_CHANNEL_ID, post.message_id, "Buyurtma #1 qabul qilindi")
    expect(edited).toMatchObject({ text: "Buyurtma #1 qabul qilindi", edit_date: expect.any(Number) })
    expect(fake.messagesIn(STAFF_CHANNEL_ID)).toEqual([edited])
    expect(fake.messagesIn(STAFF_CHANNEL_ID)[0].reply_markup).toBeUndefined()

    const missing = await grammyErrorOf(api.editMessageText(STAFF_CHANNEL_ID, 999, "Yo'q"))
    expect(missing.description).toBe("Bad Request: message to edit not found")

    await expect(api.deleteMessage(STAFF_CHANNEL_ID, post.message_id)).resolves.toBe(true)
    expect(fake.messagesIn(STAFF_CHANNEL_ID)).toEqual([])
    const deletedTwice = await grammyErrorOf(api.deleteMessage(STAFF_CHANNEL_ID, post.message_id))
    expect(deletedTwice.description).toBe("Bad Request: message to delete not found")
  })

  it("answers invoices, pre-checkout, webhook and command calls with Telegram's results", async () => {
    const invoice = await api.sendInvoice(CHAT_ID, "Napoleon", "1 kg", "order:1", "UZS", [
      { label: "Tort", amount: 15_000_000 },
      { label: "Yetkazish", amount: 2_000_000 },
    ], { provider_token: "fake-provider" })
    expect(invoice.invoice).toMatchObject({ title: "Napoleon", currency: "UZS", total_amount: 17_000_000 })

    await expect(api.answerPreCheckoutQuery("query-1", true)).resolves.toBe(true)
    await expect(api.setWebhook("https://shop.example/hooks/telegram", { secret_token: "s3cret" })).resolves.toBe(true)
    await expect(api.deleteWebhook()).resolves.toBe(true)
    await expect(api.setMyCommands([{ command: "start", description: "Boshlash" }])).resolves.toBe(true)
    await expect(api.answerCallbackQuery("query-2", { text: "OK" })).resolves.toBe(true)
    expect(fake.callsOf("setMyCommands")[0].params.commands).toEqual([{ command: "start", description: "Boshlash" }])
  })

  it("decodes x-www-form-urlencoded and query-string parameters by Telegram's types, method names in any case", async () => {
    const keyboard = JSON.stringify({ inline_keyboard: [[{ text: "A", callback_data: "a" }]] })
    const body = new URLSearchParams({ chat_id: String(CHAT_ID), text: "123", reply_markup: keyboard })
    const response = await fetch(`${fake.url}/bot${TOKEN}/SENDMESSAGE?disable_notification=true`, { method: "POST", body })

    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ ok: true, result: { text: "123", reply_markup: { inline_keyboard: [[{ text: "A" }]] } } })
    // Telegram reads text as a String and the others by their types, so "123" stays a string.
    expect(fake.calls[0]).toMatchObject({
      method: "sendMessage",
      params: {
        chat_id: CHAT_ID,
        text: "123",
        disable_notification: true,
        reply_markup: { inline_keyboard: [[{ callback_data: "a" }]] },
      },
    })
  })
})

describe("Telegram update builders", () => {
  let fake: Awaited<ReturnType<typeof startFakeTelegram>>
  let bot: Bot
  const seen: string[] = []

  beforeAll(async () => {
    fake = await startFakeTelegram({ token: TOKEN })
    bot = new Bot(TOKEN, { client: { apiRoot: fake.url } })
    const menu = new InlineKeyboard().text("Menyu", "menu")
    bot.command("start", (ctx) => ctx.reply(`start:${ctx.match}:${ctx.from?.language_code}`, { reply_markup: menu }))
    bot.callbackQuery("menu", async (ctx) => {
      await ctx.answerCallbackQuery()
      await ctx.editMessageText("Menyu ochildi")
    })
    bot.on("message:contact", ({ message }) => {
      seen.push(`contact:${message.contact.phone_number}:${message.contact.user_id}`)
    })
    bot.on("message:location", ({ message }) => {
      seen.push(`location:${message.location.latitude},${message.location.longitude}`)
    })
    bot.on("message:photo", async (ctx) => {
      const file = await ctx.getFile()
      const download = await fetch(`${fake.url}/file/bot${TOKEN}/${file.file_path}`)
      seen.push(`photo:${await download.text()}`)
    })
    bot.on("pre_checkout_query", (ctx) => ctx.answerPreCheckoutQuery(true))
    bot.on("message:successful_payment", (ctx) => void seen.push(`paid:${ctx.message.successful_payment.invoice_payload}`))
    await bot.init()
  })
  afterAll(() => fake.close())

  it("drive a grammY bot through /start, a button tap, contact, location, photo and payment", async () => {
    await bot.handleUpdate(message(CHAT_ID, "/start ref_42", { language_code: "uz" }))
    const [greeting] = fake.messagesIn(CHAT_ID)
    expect(greeting.text).toBe("start:ref_42:uz")

    await bot.handleUpdate(callback(CHAT_ID, "menu", greeting.message_id))
    expect(fake.messagesIn(CHAT_ID)[0]).toMatchObject({ message_id: greeting.message_id, text: "Menyu ochildi" })
    expect(fake.callsOf("answerCallbackQuery")).toHaveLength(1)

    fake.addFile("AgAC-sketch", Buffer.from("sketch bytes"))
    await bot.handleUpdate(contact(CHAT_ID, "+998901234567"))
    await bot.handleUpdate(location(CHAT_ID, 41.3111, 69.2797))
    await bot.handleUpdate(photoMessage(CHAT_ID, "AgAC-sketch"))
    await bot.handleUpdate(preCheckout(CHAT_ID, "order:7", 17_000_000))
    await bot.handleUpdate(successfulPayment(CHAT_ID, "order:7", 17_000_000))

    expect(seen).toEqual([`contact:+998901234567:${CHAT_ID}`, "location:41.3111,69.2797", "photo:sketch bytes", "paid:order:7"])
    expect(fake.callsOf("answerPreCheckoutQuery")[0].params).toMatchObject({ ok: true })
  })

  it("give each update a larger update_id than the last", () => {
    const ids = [message(CHAT_ID, "a"), callback(CHAT_ID, "b", 1), contact(CHAT_ID, "+998")].map((update) => update.update_id)
    expect(ids[1]).toBeGreaterThan(ids[0])
    expect(ids[2]).toBeGreaterThan(ids[1])
  })
})
