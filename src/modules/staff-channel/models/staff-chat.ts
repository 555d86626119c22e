import { model } from "@medusajs/framework/utils"

/** Where a seller's orders are announced: the store (seller_id "store") or a bakery (its id). Chat ids as text. */
const StaffChat = model
  .define("staff_chat", {
    id: model.id({ prefix: "stchat" }).primaryKey(),
    seller_id: model.text(),
    staff_chat_id: model.text(),
    courier_chat_id: model.text().nullable(),
    /** The language of the posts in these chats (ru, uz or en). */
    language: model.text().default("ru"),
  })
  .indexes([{ on: ["seller_id"], unique: true, where: "deleted_at IS NULL" }])

export default StaffChat
