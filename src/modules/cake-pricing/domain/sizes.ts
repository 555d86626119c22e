import type { CakeDimensions, CakeFeatures } from "./features"
import { cakeVolumeCm3 } from "./geometry"

/** The size a cake is sold by: its bottom tier's diameter or side, a sheet's length. */
export function bottomSizeCm(features: CakeDimensions): number {
  return features.shape === "sheet" ? features.tiers[0].length_cm : features.tiers[0].size_cm
}

/**
 * The same cake made at another size: every tier scaled so the bottom one measures `size` (a sheet's
 * length), heights kept, ingredient quantities scaled with the volume. Used to suggest a price per size variant.
 */
export function atBottomSize(features: CakeFeatures, size: number): CakeFeatures {
  const scaled = scaleTiers(features, size)
  const ratio = cakeVolumeCm3(scaled.shape, scaled.tiers) / cakeVolumeCm3(features.shape, features.tiers)
  return { ...scaled, ingredients: features.ingredients.map((line) => ({ ...line, quantity: line.quantity * ratio })) }
}

function scaleTiers(features: CakeFeatures, size: number): CakeFeatures {
  const factor = size / bottomSizeCm(features)
  if (features.shape === "sheet") {
    return { ...features, tiers: features.tiers.map((tier) => ({ ...tier, length_cm: tier.length_cm * factor, width_cm: tier.width_cm * factor })) }
  }
  return { ...features, tiers: features.tiers.map((tier) => ({ ...tier, size_cm: tier.size_cm * factor })) }
}
