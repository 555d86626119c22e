import { model } from "@medusajs/framework/utils"
import { SLOT_TYPES } from "../slots"

/** A weekly slot of a seller ("store" or a bakery id): a weekday (1 = Monday … 7 = Sunday), a window, its capacity. */
const SlotTemplate = model
  .define("slot_template", {
    id: model.id({ prefix: "sltpl" }).primaryKey(),
    seller_id: model.text(),
    type: model.enum([...SLOT_TYPES]),
    weekday: model.number(),
    starts_at: model.text(),
    ends_at: model.text(),
    capacity_orders: model.number(),
    /** Cakes the kitchen can make for this window; null: only orders count. */
    capacity_cakes: model.number().nullable(),
  })
  .indexes([{ on: ["seller_id", "type", "weekday", "starts_at"], unique: true, where: "deleted_at IS NULL" }])

export default SlotTemplate
