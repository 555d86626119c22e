import { model } from "@medusajs/framework/utils"
import ProductionTicket from "./production-ticket"

export const POST_PURPOSES = ["STAFF", "COURIER", "REMINDER"] as const

/** A message the bot posted about a ticket, edited as the ticket moves on. */
const ChannelPost = model.define("channel_post", {
  id: model.id({ prefix: "chpost" }).primaryKey(),
  purpose: model.enum([...POST_PURPOSES]),
  chat_id: model.text(),
  message_id: model.number(),
  ticket: model.belongsTo(() => ProductionTicket, { mappedBy: "posts" }),
})

export default ChannelPost
