import { model } from "@medusajs/framework/utils"

/**
 * The low-stock line of one item at one location. `below_since` is set when the stocked quantity drops under the
 * threshold (the one alert of that crossing) and cleared when it is back at or above it, which re-arms the alert.
 */
const StockThreshold = model
  .define("stock_threshold", {
    id: model.id({ prefix: "stthr" }).primaryKey(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    threshold: model.number(),
    below_since: model.dateTime().nullable(),
  })
  .indexes([{ on: ["inventory_item_id", "location_id"], unique: true, where: "deleted_at IS NULL" }])

export default StockThreshold
