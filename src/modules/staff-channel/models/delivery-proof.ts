import { model } from "@medusajs/framework/utils"
import ProductionTicket from "./production-ticket"

/**
 * A photo the courier took at the door, stored privately in the File module (`file_id`). Several per ticket (the door,
 * the recipient, a note) up to MAX_DELIVERY_PROOFS; the same Telegram file once per ticket, so a webhook retry stores nothing twice.
 */
const DeliveryProof = model
  .define("delivery_proof", {
    id: model.id({ prefix: "dlvproof" }).primaryKey(),
    file_id: model.text(),
    mime_type: model.text(),
    size: model.number(),
    /** The courier's Telegram user id and name as Telegram gave them with the photo. */
    telegram_user_id: model.text(),
    telegram_user_name: model.text().nullable(),
    /** Telegram's id of the file itself (the same for every copy of one photo), to recognise a repeat. */
    telegram_file_unique_id: model.text(),
    /** When the courier sent the photo (the message's date). */
    taken_at: model.dateTime(),
    ticket: model.belongsTo(() => ProductionTicket, { mappedBy: "delivery_proofs" }),
  })
  .indexes([{ on: ["ticket_id", "telegram_file_unique_id"], unique: true, where: "deleted_at IS NULL" }])

export default DeliveryProof
