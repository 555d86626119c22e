import { model } from "@medusajs/framework/utils"
import BakerApplication from "./baker-application"

/** One line of an application's history: who moved it from which status to which, and when (created_at). */
const BakerApplicationStatusChange = model.define("baker_application_status_change", {
  id: model.id({ prefix: "bkappst" }).primaryKey(),
  from_status: model.text().nullable(),
  to_status: model.text(),
  actor_type: model.enum(["applicant", "user", "system"]),
  actor_id: model.text().nullable(),
  note: model.text().nullable(),
  application: model.belongsTo(() => BakerApplication, { mappedBy: "history" }),
})

export default BakerApplicationStatusChange
