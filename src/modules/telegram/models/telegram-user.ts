import { model } from "@medusajs/framework/utils"

/**
 * A Telegram user who talked to the bot, and the Medusa customer they shop as (created on first contact). Telegram
 * ids exceed 32 bits, so they are kept as text.
 */
const TelegramUser = model
  .define("telegram_user", {
    id: model.id({ prefix: "tgu" }).primaryKey(),
    telegram_id: model.text(),
    /** The private chat with the bot (equal to the user id for private chats, kept apart for clarity). */
    chat_id: model.text(),
    customer_id: model.text().nullable(),
    username: model.text().nullable(),
    first_name: model.text(),
    last_name: model.text().nullable(),
    /** ru, uz or en; null until the user picks one. */
    language: model.text().nullable(),
    /** E.164, when the user shared their contact. */
    phone: model.text().nullable(),
    /** Set when Telegram answers 403 (the user blocked the bot): nothing more is sent until they write again. */
    blocked_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["telegram_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "customer_id IS NOT NULL AND deleted_at IS NULL" },
  ])

export default TelegramUser
