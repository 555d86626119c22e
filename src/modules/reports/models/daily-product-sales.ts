import { model } from "@medusajs/framework/utils"

/** A cache of one shop day's units and revenue per variant (lines of orders not canceled), recomputed with daily_sales. */
const DailyProductSales = model
  .define("daily_product_sales", {
    id: model.id({ prefix: "rpdp" }).primaryKey(),
    date: model.text(),
    time_zone: model.text(),
    seller_id: model.text(),
    currency_code: model.text(),
    product_id: model.text(),
    variant_id: model.text(),
    /** The titles on the order lines, so a deleted product still reads in old reports. */
    product_title: model.text(),
    variant_title: model.text(),
    product_type: model.text().default(""),
    units: model.number(),
    revenue: model.bigNumber(),
    /** Units, and orders, of this variant in orders with a bouquet (an add-on's attachment). */
    attached_units: model.number().default(0),
    attached_orders: model.number().default(0),
  })
  .indexes([{ on: ["date", "time_zone", "seller_id", "currency_code", "variant_id"], unique: true, where: "deleted_at IS NULL" }])

export default DailyProductSales
