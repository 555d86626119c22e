import { model } from "@medusajs/framework/utils"
import { STOCK_HOLD_STATUSES } from "../statuses"

/**
 * Units of one inventory item a cart holds for one of its variants until `expires_at`. Only HELD rows count against
 * other carts; the expiry job, a removal or the order (CONVERTED, with its id) end a hold.
 */
const StockHold = model
  .define("stock_hold", {
    id: model.id({ prefix: "sthold" }).primaryKey(),
    cart_id: model.text(),
    variant_id: model.text(),
    inventory_item_id: model.text(),
    quantity: model.number(),
    expires_at: model.dateTime(),
    status: model.enum([...STOCK_HOLD_STATUSES]).default("HELD"),
    order_id: model.text().nullable(),
  })
  .indexes([
    { on: ["cart_id", "variant_id", "inventory_item_id"], unique: true, where: "status = 'HELD' AND deleted_at IS NULL" },
    { on: ["inventory_item_id", "status"] },
    { on: ["status", "expires_at"] },
  ])

export default StockHold
