import { model } from "@medusajs/framework/utils"
import { ACTOR_TYPES } from "../transitions"
import CustomCakeRequest from "./custom-cake-request"

/** One line of a request's history: who moved it from which status to which, and when (created_at). */
const CustomCakeStatusChange = model.define("custom_cake_status_change", {
  id: model.id({ prefix: "ccakest" }).primaryKey(),
  from_status: model.text().nullable(),
  to_status: model.text(),
  actor_type: model.enum([...ACTOR_TYPES]),
  actor_id: model.text().nullable(),
  note: model.text().nullable(),
  request: model.belongsTo(() => CustomCakeRequest, { mappedBy: "history" }),
})

export default CustomCakeStatusChange
