import { model } from "@medusajs/framework/utils"

/**
 * The receipt of one paid order: its shop-wide number (taken once, kept on every regeneration), who sold it, the
 * language it is written in, the private PDF in Medusa's File module, and whether the customer got it in Telegram.
 */
const Receipt = model
  .define("receipt", {
    id: model.id({ prefix: "rcpt" }).primaryKey(),
    /** 1, 2, 3 … across the whole marketplace, without gaps; shown as "000042". */
    number: model.number(),
    order_id: model.text(),
    /** The bakery that sold the order; null for the store itself. */
    seller_id: model.text().nullable(),
    /** ru, uz or en: the language the current PDF is written in. */
    language: model.text(),
    /** The File module's id of the current PDF (private); null only while the first one is being written. */
    file_id: model.text().nullable(),
    generated_at: model.dateTime().nullable(),
    sent_to_telegram_at: model.dateTime().nullable(),
    telegram_chat_id: model.text().nullable(),
    telegram_message_id: model.number().nullable(),
  })
  .indexes([
    // The database, not a read-then-write, keeps one receipt per order and one order per number.
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["number"], unique: true },
    { on: ["seller_id"] },
  ])

export default Receipt
