import { z } from "zod"
import { type CakeFeatures, FEATURE_NAMES, type IngredientPrice, ingredientCost } from "./features"

/*
 * Cost-plus pricing, the answer whenever no trained model is good enough:
 *   (ingredient cost + labor hours × rate) × markup × (1 + complexity surcharge × (level − 1)) × (1 + rush surcharge)
 * rounded to `round_to` UZS.
 */
const wholeUzs = (field: string, min: number) => {
  const message = `${field} must be whole UZS, at least ${min}`
  return z.number({ error: message }).int(message).min(min, message)
}

const fraction = (field: string, max: number) => {
  const message = `${field} must be a fraction from 0 to ${max} (0.25 = +25%)`
  return z.number({ error: message }).min(0, message).max(max, message)
}

const markupMessage = "markup must be a multiplier from 1 to 10 (1.6 = cost + 60%)"

export const BaselineSettingsSchema = z.object({
  labor_rate_per_hour: wholeUzs("labor_rate_per_hour", 0),
  markup: z.number({ error: markupMessage }).min(1, markupMessage).max(10, markupMessage),
  complexity_surcharge: fraction("complexity_surcharge", 1),
  rush_surcharge: fraction("rush_surcharge", 2),
  round_to: wholeUzs("round_to", 1),
})

export type BaselineSettings = z.infer<typeof BaselineSettingsSchema>

/*
 * Defaults for a small bakery in Tashkent or Bukhara (2025 prices):
 * - labor 25,000 UZS/h: a pastry cook earns about 4–5 million UZS a month over ~180 working hours;
 * - markup 1.6: ingredients and labor are roughly 60% of a cake's price, the rest pays rent, gas, power, packaging
 *   losses and profit;
 * - +15% per decoration level above 1 (level 5, sculpted or sugar-flower work, is +60%);
 * - +25% for an order due in under 48 hours (overtime and a reshuffled oven plan);
 * - prices end in whole thousands, as price lists there do.
 */
export const DEFAULT_BASELINE: BaselineSettings = {
  labor_rate_per_hour: 25_000,
  markup: 1.6,
  complexity_surcharge: 0.15,
  rush_surcharge: 0.25,
  round_to: 1_000,
}

export function roundTo(amount: number, step: number): number {
  return Math.round(amount / step) * step
}

/** What the baseline reads of a cake; a feature vector carries the same values (see baselineFromVector). */
export type BaselineInputs = { ingredient_cost: number; labor_hours: number; decoration_complexity: number; rush: boolean }

export function baselineFromInputs(inputs: BaselineInputs, settings: BaselineSettings = DEFAULT_BASELINE): number {
  const cost = inputs.ingredient_cost + inputs.labor_hours * settings.labor_rate_per_hour
  const complexity = 1 + settings.complexity_surcharge * (inputs.decoration_complexity - 1)
  const rush = inputs.rush ? 1 + settings.rush_surcharge : 1
  return roundTo(cost * settings.markup * complexity * rush, settings.round_to)
}

export function baselinePrice(
  features: CakeFeatures,
  prices: readonly IngredientPrice[],
  settings: BaselineSettings = DEFAULT_BASELINE
): number {
  return baselineFromInputs({ ...features, ingredient_cost: ingredientCost(features, prices) }, settings)
}

const at = (name: string) => FEATURE_NAMES.indexOf(name)

/** The baseline of a logged feature vector: it holds ingredient cost, labor, complexity and rush by name. */
export function baselineFromVector(vector: readonly number[], settings: BaselineSettings = DEFAULT_BASELINE): number {
  return baselineFromInputs(
    {
      ingredient_cost: vector[at("ingredient_cost")],
      labor_hours: vector[at("labor_hours")],
      decoration_complexity: vector[at("decoration_complexity")],
      rush: vector[at("rush")] === 1,
    },
    settings
  )
}
