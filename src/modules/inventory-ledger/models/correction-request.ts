import { model } from "@medusajs/framework/utils"
import { CORRECTION_STATUSES } from "../movements"

/** A correction larger than the approval threshold, waiting for a second member of staff; nothing moves until approved. */
const CorrectionRequest = model.define("correction_request", {
  id: model.id({ prefix: "stcor" }).primaryKey(),
  inventory_item_id: model.text(),
  location_id: model.text(),
  /** Signed change asked for. */
  quantity: model.number(),
  note: model.text().nullable(),
  status: model.enum([...CORRECTION_STATUSES]).default("PENDING"),
  requested_by: model.text(),
  decided_by: model.text().nullable(),
  decided_at: model.dateTime().nullable(),
  /** The movement the approval recorded. */
  movement_id: model.text().nullable(),
})

export default CorrectionRequest
