import { z } from "zod"
import { typicalIngredientLines } from "./demo-ingredients"
import { CAKE_SHAPES, CakeFeaturesSchema, type CakeFeatures } from "./features"
import { cakeVolumeCm3 } from "./geometry"

const SHOP_DECIDES = { ingredients: true, labor_hours: true, rush: true } as const

/**
 * A cake as a customer describes it: shape, tiers, layers, flavor, filling, decoration, event. The recipe, the hours
 * and whether it is a rush order are the shop's to work out (see completeDescribedCake).
 */
export const DescribedCakeSchema = z.discriminatedUnion(
  "shape",
  [CakeFeaturesSchema.options[0].omit(SHOP_DECIDES), CakeFeaturesSchema.options[1].omit(SHOP_DECIDES)],
  { error: `shape must be one of ${CAKE_SHAPES.join(", ")}` }
)
export type DescribedCake = z.infer<typeof DescribedCakeSchema>

/** Hours a baker typically spends: an hour's base, more for volume, each decoration level and each extra tier. */
export function typicalLaborHours(volumeCm3: number, decorationComplexity: number, tierCount: number): number {
  return 1 + volumeCm3 / 2500 + 0.8 * (decorationComplexity - 1) + 0.8 * (tierCount - 1)
}

/**
 * The features the price model reads, for a described cake: the typical recipe scaled to its volume (only lines
 * whose ingredient is on the shop's price list) and typical labor in half hours.
 */
export function completeDescribedCake(
  description: DescribedCake,
  shop: { knownIngredientIds: ReadonlySet<string>; rush: boolean }
): CakeFeatures {
  const volume = cakeVolumeCm3(description.shape, description.tiers)
  const hours = typicalLaborHours(volume, description.decoration_complexity, description.tiers.length)
  return {
    ...description,
    ingredients: typicalIngredientLines(description, volume).filter((line) => shop.knownIngredientIds.has(line.ingredient_id!)),
    labor_hours: Math.min(60, Math.max(0.5, Math.round(hours * 2) / 2)),
    rush: shop.rush,
  } as CakeFeatures
}
