import { model } from "@medusajs/framework/utils"

/**
 * A cache of one shop day's sales, recomputed from Medusa's orders (recomputing a day replaces its rows): one row per
 * seller, currency, sales channel and payment provider. Amounts are per currency, never added across currencies.
 */
const DailySales = model
  .define("daily_sales", {
    id: model.id({ prefix: "rpds" }).primaryKey(),
    /** Calendar day (YYYY-MM-DD) in `time_zone` on which the orders were placed. */
    date: model.text(),
    time_zone: model.text(),
    /** "store" or a bakery id. */
    seller_id: model.text(),
    currency_code: model.text(),
    sales_channel: model.text(),
    payment_provider: model.text(),
    orders: model.number(),
    canceled_orders: model.number(),
    gross: model.bigNumber(),
    discounts: model.bigNumber(),
    total: model.bigNumber(),
    refunds: model.bigNumber(),
    net: model.bigNumber(),
    /** Orders with a bouquet, and those of them with an add-on. */
    bouquet_orders: model.number().default(0),
    bouquet_orders_with_add_ons: model.number().default(0),
    computed_at: model.dateTime(),
  })
  .indexes([
    { on: ["date", "time_zone", "seller_id", "currency_code", "sales_channel", "payment_provider"], unique: true, where: "deleted_at IS NULL" },
  ])

export default DailySales
