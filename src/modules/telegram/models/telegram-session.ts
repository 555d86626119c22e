import { model } from "@medusajs/framework/utils"

/** A grammY session (conversation state, cart id, ...) kept in PostgreSQL when Redis is not configured. */
const TelegramSession = model
  .define("telegram_session", {
    id: model.id({ prefix: "tgsess" }).primaryKey(),
    key: model.text(),
    value: model.json(),
  })
  .indexes([{ on: ["key"], unique: true, where: "deleted_at IS NULL" }])

export default TelegramSession
