import type { CakeFeatures, IngredientPrice } from "./features"
import { type Random, uniform } from "./random"

/*
 * A starter price list: approximate Tashkent retail and bazaar prices of 2025, whole UZS per unit. A bakery edits
 * it; the synthetic samples refer to these ids.
 */
export const DEMO_INGREDIENTS: IngredientPrice[] = [
  { id: "ing_flour", name: "Wheat flour, premium", unit: "kg", cost_per_unit: 8_000, allergens: ["gluten"] },
  { id: "ing_sugar", name: "Sugar", unit: "kg", cost_per_unit: 14_000, allergens: [] },
  { id: "ing_butter", name: "Butter 82%", unit: "kg", cost_per_unit: 110_000, allergens: ["milk"] },
  { id: "ing_eggs", name: "Eggs", unit: "pcs", cost_per_unit: 1_600, allergens: ["eggs"] },
  { id: "ing_milk", name: "Milk 3.2%", unit: "l", cost_per_unit: 12_000, allergens: ["milk"] },
  { id: "ing_sour_cream", name: "Sour cream 20%", unit: "kg", cost_per_unit: 38_000, allergens: ["milk"] },
  { id: "ing_condensed_milk", name: "Condensed milk", unit: "kg", cost_per_unit: 42_000, allergens: ["milk"] },
  { id: "ing_cream_cheese", name: "Cream cheese", unit: "kg", cost_per_unit: 140_000, allergens: ["milk"] },
  { id: "ing_heavy_cream", name: "Heavy cream 33%", unit: "l", cost_per_unit: 70_000, allergens: ["milk"] },
  { id: "ing_cocoa", name: "Cocoa powder", unit: "kg", cost_per_unit: 120_000, allergens: [] },
  { id: "ing_chocolate", name: "Dark chocolate 56%", unit: "kg", cost_per_unit: 200_000, allergens: ["milk", "soy"] },
  { id: "ing_honey", name: "Honey", unit: "kg", cost_per_unit: 70_000, allergens: [] },
  { id: "ing_walnuts", name: "Walnuts", unit: "kg", cost_per_unit: 90_000, allergens: ["nuts"] },
  { id: "ing_fruit", name: "Fresh fruit and berries", unit: "kg", cost_per_unit: 50_000, allergens: [] },
  { id: "ing_fondant", name: "Sugar paste (fondant)", unit: "kg", cost_per_unit: 70_000, allergens: [] },
  { id: "ing_vanilla", name: "Vanilla extract", unit: "ml", cost_per_unit: 1_300, allergens: [] },
  { id: "ing_food_colouring", name: "Gel food colouring", unit: "ml", cost_per_unit: 2_000, allergens: [] },
  { id: "ing_baking_powder", name: "Baking powder", unit: "g", cost_per_unit: 60, allergens: [] },
  { id: "ing_cake_board", name: "Cake board", unit: "pcs", cost_per_unit: 8_000, allergens: [] },
  { id: "ing_cake_box", name: "Cake box", unit: "pcs", cost_per_unit: 15_000, allergens: [] },
]

type Recipe = Readonly<Record<string, number>>

// Quantities per litre (1,000 cm³, about 0.6 kg) of finished cake, in each ingredient's unit.
const SPONGE: Recipe = {
  ing_flour: 0.11,
  ing_sugar: 0.1,
  ing_butter: 0.06,
  ing_eggs: 2.5,
  ing_milk: 0.05,
  ing_baking_powder: 3,
  ing_vanilla: 1,
}

const FLAVOR_RECIPES: Record<CakeFeatures["flavor"], Recipe> = {
  vanilla: { ing_vanilla: 1 },
  chocolate: { ing_cocoa: 0.02, ing_chocolate: 0.04 },
  red_velvet: { ing_cocoa: 0.008, ing_food_colouring: 3, ing_cream_cheese: 0.05 },
  honey: { ing_honey: 0.05, ing_walnuts: 0.02 },
  napoleon: { ing_flour: 0.05, ing_butter: 0.05 },
  fruit: { ing_fruit: 0.08 },
  other: {},
}

const FILLING_RECIPES: Record<CakeFeatures["filling"], Recipe> = {
  cream: { ing_heavy_cream: 0.12, ing_sugar: 0.02 },
  ganache: { ing_chocolate: 0.08, ing_heavy_cream: 0.06 },
  fruit: { ing_fruit: 0.12, ing_sugar: 0.02 },
  custard: { ing_milk: 0.15, ing_eggs: 1, ing_sugar: 0.03 },
  buttercream: { ing_butter: 0.1, ing_condensed_milk: 0.08 },
  none: {},
  other: { ing_sour_cream: 0.12 },
}

const UNITS = new Map(DEMO_INGREDIENTS.map((ingredient) => [ingredient.id, ingredient.unit]))

// Whole eggs, whole grams and millilitres, kilograms and litres to the gram.
function roundQuantity(id: string, quantity: number): number {
  const unit = UNITS.get(id)
  if (unit === "pcs") return Math.ceil(quantity)
  if (unit === "g" || unit === "ml") return Math.max(1, Math.round(quantity))
  return Math.max(0.001, Math.round(quantity * 1000) / 1000)
}

/**
 * A typical ingredient list for a cake of this volume, from the demo recipes (sponge, flavor, filling, decoration);
 * `vary` scales each line (the generator varies them by ±10%, as real recipes vary).
 */
export function typicalIngredientLines(
  cake: Pick<CakeFeatures, "flavor" | "filling" | "decoration_complexity" | "tiers">,
  volumeCm3: number,
  vary: () => number = () => 1
): CakeFeatures["ingredients"] {
  const decoration = cake.decoration_complexity
  const decorationRecipe: Recipe =
    decoration >= 3 ? { ing_fondant: 0.025 * (decoration - 2), ing_food_colouring: decoration } : {}
  const perLitre = new Map<string, number>()
  for (const recipe of [SPONGE, FLAVOR_RECIPES[cake.flavor], FILLING_RECIPES[cake.filling], decorationRecipe]) {
    for (const [id, quantity] of Object.entries(recipe)) perLitre.set(id, (perLitre.get(id) ?? 0) + quantity)
  }
  const lines = [...perLitre].map(([ingredient_id, quantity]) => ({
    ingredient_id,
    quantity: roundQuantity(ingredient_id, (quantity * volumeCm3 * vary()) / 1000),
  }))
  return [
    ...lines,
    { ingredient_id: "ing_cake_board", quantity: cake.tiers.length },
    { ingredient_id: "ing_cake_box", quantity: 1 },
  ]
}

/** The generator's ingredient lists: the typical one with each line varied by ±10%. */
export function demoIngredientLines(
  random: Random,
  cake: Pick<CakeFeatures, "flavor" | "filling" | "decoration_complexity" | "tiers">,
  volumeCm3: number
): CakeFeatures["ingredients"] {
  return typicalIngredientLines(cake, volumeCm3, () => uniform(random, 0.9, 1.1))
}
