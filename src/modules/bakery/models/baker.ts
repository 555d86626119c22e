import { model } from "@medusajs/framework/utils"
import Bakery from "./bakery"
import BakerInvite from "./baker-invite"

/** A person who works for one bakery and logs in as the `baker` actor. */
const Baker = model
  .define("baker", {
    id: model.id({ prefix: "bkr" }).primaryKey(),
    name: model.text(),
    email: model.text().unique(),
    phone: model.text().nullable(),
    telegram_user_id: model.text().nullable(),
    role: model.enum(["owner", "staff"]).default("staff"),
    bakery: model.belongsTo(() => Bakery, { mappedBy: "bakers" }),
    invites: model.hasMany(() => BakerInvite, { mappedBy: "baker" }),
  })
  .indexes([{ on: ["telegram_user_id"], unique: true, where: "telegram_user_id IS NOT NULL AND deleted_at IS NULL" }])

export default Baker
