import { model } from "@medusajs/framework/utils"
import { SLOT_TYPES } from "../slots"

/** How much of one dated slot is taken; changed only by conditional updates (service.ts), never read-then-write. */
const SlotUsage = model
  .define("slot_usage", {
    id: model.id({ prefix: "slusg" }).primaryKey(),
    seller_id: model.text(),
    type: model.enum([...SLOT_TYPES]),
    date: model.text(),
    starts_at: model.text(),
    booked_orders: model.number().default(0),
    booked_cakes: model.number().default(0),
  })
  .indexes([{ on: ["seller_id", "type", "date", "starts_at"], unique: true }])

export default SlotUsage
