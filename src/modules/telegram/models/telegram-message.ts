import { model } from "@medusajs/framework/utils"

/** A message the bot sent that it may edit later (an order's status card, a cart view), by what it shows. */
const TelegramMessage = model
  .define("telegram_message", {
    id: model.id({ prefix: "tgmsg" }).primaryKey(),
    chat_id: model.text(),
    message_id: model.number(),
    /** What it shows: order_status, custom_cake, cart, ... */
    purpose: model.text(),
    entity_id: model.text().nullable(),
  })
  .indexes([{ on: ["purpose", "entity_id"] }, { on: ["chat_id", "message_id"], unique: true, where: "deleted_at IS NULL" }])

export default TelegramMessage
