import { model } from "@medusajs/framework/utils"
import { MOVEMENT_REASONS } from "../movements"

/**
 * One change of a Medusa inventory level, with its reason and the stocked quantity before and after. Rows from events
 * carry their source (a fulfilment, a return) and are unique per source, item and reason, so a redelivered event
 * records nothing twice.
 */
const StockMovement = model
  .define("stock_movement", {
    id: model.id({ prefix: "stmv" }).primaryKey(),
    inventory_item_id: model.text().searchable(),
    location_id: model.text(),
    reason: model.enum([...MOVEMENT_REASONS]),
    /** Signed change of the stocked quantity. */
    quantity: model.number(),
    quantity_before: model.number(),
    quantity_after: model.number(),
    /** A user id for staff movements, null for Medusa's own (sales, returns). */
    actor_id: model.text().nullable(),
    actor_type: model.text(),
    note: model.text().nullable(),
    /** What caused it: a fulfilment (SALE, or RETURN when it was cancelled), a return, a correction request, an import. */
    source_type: model.text().nullable(),
    source_id: model.text().nullable(),
  })
  .indexes([
    { on: ["source_type", "source_id", "inventory_item_id", "reason"], unique: true, where: "source_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["inventory_item_id", "created_at"] },
    { on: ["reason", "created_at"] },
  ])

export default StockMovement
