import type { AxiosInstance } from "axios"
import type { Message } from "grammy/types"
import type { FakeTelegramCall } from "../fakes/telegram-bot-api"
import { callback, message } from "../fakes/telegram-updates"
import { eventually } from "./eventually"

type Button = { text: string; callback_data?: string; url?: string; request_contact?: boolean; request_location?: boolean }
type Fake = { calls: FakeTelegramCall[]; callsOf(method: string): FakeTelegramCall[]; messagesIn(chatId: number): Message[] }

/** Prices keep their digit groups together with no-break spaces; compare them as plain spaces. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")

/** Every button of a sent message (inline or reply keyboard), row after row. */
export function buttons(params: Record<string, any>): Button[] {
  const markup = params.reply_markup as { inline_keyboard?: Button[][]; keyboard?: (Button | string)[][] } | undefined
  const rows = markup?.inline_keyboard ?? markup?.keyboard ?? []
  return rows.flat().map((button) => (typeof button === "string" ? { text: button } : button))
}

/**
 * The newest message of the chat with a button whose text matches, and that button's callback data: the first such
 * button, or the `nth` of them (counted round, so any number picks one).
 */
export function findButton(fake: Pick<Fake, "messagesIn">, chatId: number, text: string | RegExp, nth = 0): { data: string; message_id: number } {
  const matches = (candidate: { text: string }) => (typeof text === "string" ? candidate.text === text : text.test(candidate.text))
  const carrying = [...fake.messagesIn(chatId)].reverse().find((sent) => buttons(sent as Record<string, any>).some(matches))
  const matching = carrying ? buttons(carrying as Record<string, any>).filter(matches) : []
  const button = matching[nth % Math.max(1, matching.length)]
  if (!carrying || !button?.callback_data) throw new Error(`no message in chat ${chatId} has a button ${text}`)
  return { data: button.callback_data, message_id: carrying.message_id }
}

export const lastCall = (calls: FakeTelegramCall[], method: string) => {
  const found = calls.filter((call) => call.method === method).at(-1)
  if (!found) throw new Error(`the bot made no ${method} call; it made: ${calls.map((call) => call.method).join(", ") || "none"}`)
  return found.params as Record<string, any>
}

export const textsOf = (calls: FakeTelegramCall[]) => calls.filter((call) => call.method === "sendMessage" || call.method === "editMessageText").map((call) => plain(String(call.params.text)))

/** Acts as customers of the bot through its webhook, returning the Bot API calls each update caused (the fake starts later, hence the getter). */
export function telegramChat(api: AxiosInstance, fakeTelegram: () => Fake, secret: string) {
  let chat = 700_000 + Math.floor(Math.random() * 100_000)
  const deliver = (update: unknown, withSecret: string | null = secret) =>
    api.post("/hooks/telegram", update, { headers: withSecret ? { "x-telegram-bot-api-secret-token": withSecret } : {}, validateStatus: () => true })

  async function send(update: unknown): Promise<FakeTelegramCall[]> {
    const before = fakeTelegram().calls.length
    const response = await deliver(update)
    if (response.status !== 200) throw new Error(`the webhook answered ${response.status}: ${JSON.stringify(response.data)}`)
    return fakeTelegram().calls.slice(before)
  }

  /** A new user who picked `language`; returns their chat id. */
  async function userSpeaking(language: "ru" | "uz" | "en", from: Record<string, unknown> = {}) {
    const id = ++chat
    await send(message(id, "/start", from))
    await send(callback(id, `lang:${language}`, 1, from))
    return id
  }

  /** Taps the button whose text matches on the newest message of the chat that has such a button. */
  function tap(id: number, text: string | RegExp) {
    const found = findButton(fakeTelegram(), id, text)
    return send(callback(id, found.data, found.message_id))
  }

  return { deliver, send, userSpeaking, tap, nextChatId: () => ++chat }
}

/** Messages the shop sent to a chat outside any update (notifications), matching `text`. */
export const pushedTo = (fake: Pick<Fake, "callsOf">, chatId: number, text: RegExp) =>
  fake.callsOf("sendMessage").filter((call) => String(call.params.chat_id) === String(chatId) && text.test(plain(String(call.params.text))))

/**
 * Subscribers run after the workflow that emitted the event: polls for the message up to 10 s; a timeout says what the
 * chat got and what `explain` adds (e.g. the notifications Medusa recorded).
 */
export async function waitForPush(fake: Pick<Fake, "callsOf">, chatId: number, text: RegExp, explain: () => Promise<unknown> = async () => null) {
  try {
    return await eventually(() => pushedTo(fake, chatId, text)[0]?.params as Record<string, any> | undefined, `"${text}" in chat ${chatId}`, 10_000)
  } catch (error) {
    const sent = pushedTo(fake, chatId, /./).map((call) => call.params.text)
    throw new Error(`${(error as Error).message}; the chat got ${JSON.stringify(sent)}; ${JSON.stringify(await explain())}`)
  }
}
