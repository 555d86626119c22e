import { model } from "@medusajs/framework/utils"

/** Telegram's file_id of an image the bot sent once (by its URL), so later sends reuse it instead of uploading. */
const TelegramFile = model
  .define("telegram_file", {
    id: model.id({ prefix: "tgfile" }).primaryKey(),
    source_url: model.text(),
    telegram_file_id: model.text(),
  })
  .indexes([{ on: ["source_url"], unique: true, where: "deleted_at IS NULL" }])

export default TelegramFile
