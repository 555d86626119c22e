import { model } from "@medusajs/framework/utils"

/** One line of the staff-kept ingredient price list; a cake's ingredient cost is derived from it. */
const Ingredient = model
  .define("ingredient", {
    id: model.id({ prefix: "ingr" }).primaryKey(),
    name: model.text().searchable(),
    unit: model.enum(["kg", "g", "l", "ml", "pcs"]),
    /** Whole UZS per unit. */
    cost_per_unit: model.number(),
    /** Allergen tags, e.g. ["gluten", "milk", "eggs", "nuts"]. */
    allergens: model.array().default([]),
  })
  .indexes([{ on: ["name"], unique: true, where: "deleted_at IS NULL" }])

export default Ingredient
