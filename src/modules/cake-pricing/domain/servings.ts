import type { CakeShape, CakeTier } from "./features"
import { tierFootprintCm2 } from "./geometry"

/*
 * Industry portions, as bakers' serving charts (Wilton's is the one most quoted) cut them from a 4" (10 cm) tall
 * tier: a wedding slice is 1"×2" across, a party slice about 2"×2". In metric, 2.5×5 cm and 5×5 cm. A tier 10 cm tall
 * is one portion high; taller or lower tiers scale with their height. Check: Wilton's chart gives 24 wedding
 * servings for an 8" (20 cm) round; here π·10²/12.5 = 25.1 → 25.
 */
const PARTY_SLICE_CM2 = 5 * 5
const WEDDING_SLICE_CM2 = 2.5 * 5
const PORTION_HEIGHT_CM = 10

// keeps an exact whole number of slices that floating point lands a hair below (e.g. 15.999999999) whole
const EPSILON = 1e-9

export type Servings = { party: number; wedding: number }

export function estimateServings(shape: CakeShape, tiers: readonly CakeTier[]): Servings {
  const portionAreaCm2 = tiers.reduce(
    (sum, tier) => sum + tierFootprintCm2(shape, tier) * (tier.height_cm / PORTION_HEIGHT_CM),
    0
  )
  return {
    party: Math.floor(portionAreaCm2 / PARTY_SLICE_CM2 + EPSILON),
    wedding: Math.floor(portionAreaCm2 / WEDDING_SLICE_CM2 + EPSILON),
  }
}
