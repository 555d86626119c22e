import type { CakeFeatures } from "./features"
import { cakeVolumeCm3 } from "./geometry"

/**
 * The same cake made at another size: every tier scaled so the bottom one measures `bottomSizeCm` (a sheet's
 * length), heights kept, ingredient quantities scaled with the volume. Used to suggest a price per size variant.
 */
export function atBottomSize(features: CakeFeatures, bottomSizeCm: number): CakeFeatures {
  const scaled = scaleTiers(features, bottomSizeCm)
  const ratio = cakeVolumeCm3(scaled.shape, scaled.tiers) / cakeVolumeCm3(features.shape, features.tiers)
  return { ...scaled, ingredients: features.ingredients.map((line) => ({ ...line, quantity: line.quantity * ratio })) }
}

function scaleTiers(features: CakeFeatures, bottomSizeCm: number): CakeFeatures {
  if (features.shape === "sheet") {
    const factor = bottomSizeCm / features.tiers[0].length_cm
    return { ...features, tiers: features.tiers.map((tier) => ({ ...tier, length_cm: tier.length_cm * factor, width_cm: tier.width_cm * factor })) }
  }
  const factor = bottomSizeCm / features.tiers[0].size_cm
  return { ...features, tiers: features.tiers.map((tier) => ({ ...tier, size_cm: tier.size_cm * factor })) }
}
