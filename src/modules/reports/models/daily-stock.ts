import { model } from "@medusajs/framework/utils"

/**
 * A cache of one shop day's stock movements of an inventory item at a location, summed from the stock ledger by the
 * daily job (recomputing a day replaces its rows): what inventory turnover folds over a range.
 */
const DailyStock = model
  .define("daily_stock", {
    id: model.id({ prefix: "rpst" }).primaryKey(),
    /** Calendar day (YYYY-MM-DD) in `time_zone` of the movements. */
    date: model.text(),
    time_zone: model.text(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    /** −Σ SALE, −Σ LOSS and Σ CORRECTION movements of the day. */
    sold: model.number(),
    lost: model.number(),
    corrections: model.number(),
    /** The level before the day's first movement and after its last. */
    opening: model.number(),
    closing: model.number(),
  })
  .indexes([{ on: ["time_zone", "date", "inventory_item_id", "location_id"], unique: true, where: "deleted_at IS NULL" }])

export default DailyStock
