import { model } from "@medusajs/framework/utils"
import Baker from "./baker"

/**
 * A one-time link for a baker to set their password. Only the SHA-256 of the token is stored, so a database reader
 * cannot use it; the token itself is shown once (to the event subscriber that sends it).
 */
const BakerInvite = model.define("baker_invite", {
  id: model.id({ prefix: "bkinv" }).primaryKey(),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  baker: model.belongsTo(() => Baker, { mappedBy: "invites" }),
})

export default BakerInvite
