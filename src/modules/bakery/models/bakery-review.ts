import { model } from "@medusajs/framework/utils"
import Bakery from "./bakery"

/** A customer's rating of a bakery for one of their completed orders from it: at most one per order. */
const BakeryReview = model
  .define("bakery_review", {
    id: model.id({ prefix: "bkrev" }).primaryKey(),
    rating: model.number(),
    text: model.text().nullable(),
    customer_id: model.text(),
    order_id: model.text().unique(),
    bakery: model.belongsTo(() => Bakery, { mappedBy: "reviews" }),
  })
  .checks([{ name: "bakery_review_rating_range", expression: (columns) => `${columns.rating} between 1 and 5` }])

export default BakeryReview
