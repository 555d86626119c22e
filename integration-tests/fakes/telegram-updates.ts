import type { Chat, Message, Update, User } from "grammy/types"
import { botSender, FAKE_BOT, FAKE_CUSTOMER_NAME, fakeChat } from "./telegram-bot-api"

/*
 * Builders of the Update objects Telegram delivers to the bot's webhook, for tests that act as the customer in their
 * private chat (chat id = the customer's user id, as in Telegram). `from` overrides the default customer, e.g.
 * { language_code: "uz" }, or names the staff member who taps a button in the staff channel.
 * Customer message ids start high because the customer's and the bot's messages share one id sequence per chat in
 * Telegram; a separate range keeps them from colliding with the ids the fake server gives the bot's messages.
 */

let lastUpdateId = 100_000
let lastCustomerMessageId = 1_000_000
let lastQueryId = 0

const now = () => Math.floor(Date.now() / 1000)

export function customer(chatId: number, from: Partial<User> = {}): User {
  return { id: chatId, is_bot: false, first_name: FAKE_CUSTOMER_NAME, language_code: "ru", ...from }
}

function privateChat(user: User): Chat.PrivateChat {
  const { id, first_name, last_name, username } = user
  return { id, type: "private", first_name, ...(last_name && { last_name }), ...(username && { username }) }
}

type MessageContent = Omit<Partial<Message>, "message_id" | "date" | "chat" | "from">

function customerMessage(chatId: number, content: MessageContent, from: Partial<User>): Update {
  const user = customer(chatId, from)
  const chat = privateChat({ ...user, id: chatId })
  const sent = { message_id: ++lastCustomerMessageId, date: now(), chat, from: user }
  return { update_id: ++lastUpdateId, message: { ...sent, ...content } }
}

/** A text message; a leading /command carries the bot_command entity Telegram adds (grammY's bot.command needs it). */
export function message(chatId: number, text: string, from: Partial<User> = {}): Update {
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text)
  const entities = command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command[0].length }] } : {}
  return customerMessage(chatId, { text, ...entities }, from)
}

/** A tap on an inline button of the bot's message `messageId` in chat `chatId` (a private chat or the staff channel). */
export function callback(chatId: number, data: string, messageId: number, from: Partial<User> = {}): Update {
  const chat = fakeChat(chatId)
  return {
    update_id: ++lastUpdateId,
    callback_query: {
      id: `fake-query-${++lastQueryId}`,
      from: customer(chatId, from),
      message: { message_id: messageId, date: now(), chat, ...botSender(chat) },
      chat_instance: `fake-instance-${chatId}`,
      data,
    },
  }
}

/** The customer's own number shared with a request_contact button (Telegram then sets user_id). */
export function contact(chatId: number, phone: string, from: Partial<User> = {}): Update {
  const user = customer(chatId, from)
  return customerMessage(chatId, { contact: { phone_number: phone, first_name: user.first_name, user_id: user.id } }, from)
}

export function location(chatId: number, latitude: number, longitude: number, from: Partial<User> = {}): Update {
  return customerMessage(chatId, { location: { latitude, longitude } }, from)
}

/**
 * A member's message in a group or supergroup (a staff or courier chat): `from` names the member; `replyTo` makes it a
 * reply to the bot's message of that id (as Telegram sends a reply, with the replied message inside).
 */
export function groupMessage(chatId: number, content: MessageContent, from: Partial<User> & { id: number }, replyTo?: number): Update {
  const chat: Chat.SupergroupChat = { id: chatId, type: "supergroup", title: "Fake group" }
  const reply = replyTo === undefined ? {} : { reply_to_message: { message_id: replyTo, date: now(), chat, from: FAKE_BOT } as Message["reply_to_message"] }
  const sent = { message_id: ++lastCustomerMessageId, date: now(), chat, from: customer(from.id, from) }
  return { update_id: ++lastUpdateId, message: { ...sent, ...reply, ...content } as Update["message"] }
}

/** A photo the customer sends; register its bytes on the fake server with `addFile(fileId, bytes)` to download it. */
export function photoMessage(chatId: number, fileId: string, from: Partial<User> = {}): Update {
  const photo = [{ file_id: fileId, file_unique_id: `AQAD-${fileId}`, width: 1280, height: 1280 }]
  return customerMessage(chatId, { photo }, from)
}

/** Telegram's question before charging; `totalAmount` is in the currency's smallest units (tiyin for UZS). */
export function preCheckout(
  chatId: number,
  invoicePayload: string,
  totalAmount: number,
  currency = "UZS",
  from: Partial<User> = {}
): Update {
  return {
    update_id: ++lastUpdateId,
    pre_checkout_query: {
      id: `fake-query-${++lastQueryId}`,
      from: customer(chatId, from),
      currency,
      total_amount: totalAmount,
      invoice_payload: invoicePayload,
    },
  }
}

/** The service message Telegram sends after the charge; `totalAmount` is in the currency's smallest units. */
export function successfulPayment(
  chatId: number,
  invoicePayload: string,
  totalAmount: number,
  currency = "UZS",
  from: Partial<User> = {}
): Update {
  const charge = ++lastQueryId
  const successful_payment = {
    currency,
    total_amount: totalAmount,
    invoice_payload: invoicePayload,
    telegram_payment_charge_id: `fake-telegram-charge-${charge}`,
    provider_payment_charge_id: `fake-provider-charge-${charge}`,
  }
  return customerMessage(chatId, { successful_payment }, from)
}
