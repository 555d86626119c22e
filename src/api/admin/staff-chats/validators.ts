import { z } from "zod"

/** A group or channel id as Telegram gives it (e.g. -1001234567890), or a public channel's @username. */
const TELEGRAM_CHAT = /^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$/
const chatId = (field: string) =>
  z.string({ error: `${field} is required` }).trim().regex(TELEGRAM_CHAT, `${field} must be a Telegram chat id (digits with an optional leading "-") or a @channelname`)

export const AdminSetStaffChat = z
  .object({
    /** "store" for the shop's own orders, or a bakery id */
    seller_id: z.string({ error: 'seller_id is required: "store" or a bakery id' }).trim().min(1, 'seller_id is required: "store" or a bakery id'),
    staff_chat_id: chatId("staff_chat_id"),
    /** null: couriers are asked in the staff chat */
    courier_chat_id: chatId("courier_chat_id").nullish(),
    /** the language of the posts; unchanged (or ru for a new seller) when left out */
    language: z.enum(["ru", "uz", "en"], { error: "language must be ru, uz or en" }).optional(),
  })
  .strict()
export type AdminSetStaffChatType = z.infer<typeof AdminSetStaffChat>
