import { model } from "@medusajs/framework/utils"
import Bakery from "./bakery"
import BakerApplicationStatusChange from "./baker-application-status-change"

/**
 * A request to sell through Dasturxon: either with a new bakery (`new_bakery` holds its details) or by joining an
 * existing one (`bakery`). Staff approve or reject it; the applicant may withdraw while it is pending.
 */
const BakerApplication = model
  .define("baker_application", {
    id: model.id({ prefix: "bkapp" }).primaryKey(),
    applicant_name: model.text(),
    email: model.text().searchable(),
    phone: model.text(),
    telegram_user_id: model.text().nullable(),
    bio: model.text().nullable(),
    /** NewBakeryDetails when the applicant opens a bakery; null when joining `bakery`. */
    new_bakery: model.json().nullable(),
    bakery: model.belongsTo(() => Bakery, { mappedBy: "applications" }).nullable(),
    status: model.enum(["pending", "approved", "rejected", "withdrawn"]).default("pending"),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    rejection_reason: model.text().nullable(),
    /** SHA-256 of the token the applicant got to withdraw the application; the token itself is never stored. */
    withdraw_token_hash: model.text().nullable(),
    history: model.hasMany(() => BakerApplicationStatusChange, { mappedBy: "application" }),
  })
  .indexes([{ on: ["email"], unique: true, where: "status = 'pending' AND deleted_at IS NULL" }])

export default BakerApplication
