import { model } from "@medusajs/framework/utils"

/** A day a seller takes no orders for (a holiday, a one-off closure). */
const Closure = model
  .define("closure", {
    id: model.id({ prefix: "sclos" }).primaryKey(),
    seller_id: model.text(),
    date: model.text(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["seller_id", "date"], unique: true, where: "deleted_at IS NULL" }])

export default Closure
