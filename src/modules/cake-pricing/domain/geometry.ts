import { MedusaError } from "@medusajs/framework/utils"
import type { CakeShape, CakeTier } from "./features"

/*
 * A heart pan's area as a share of the square pan of the same nominal size (its width at the widest): the heart
 * loses the two corners beside its point and the notch at the top. 0.8 is bakers' usual rule of thumb; it is close
 * to a round pan of the same width (π/4 ≈ 0.785), which is how serving charts treat hearts.
 */
export const HEART_AREA_FRACTION = 0.8

/** Area in cm² a tier covers on the board. */
export function tierFootprintCm2(shape: CakeShape, tier: CakeTier): number {
  if (shape === "sheet" && "length_cm" in tier) return tier.length_cm * tier.width_cm
  if (shape !== "sheet" && "size_cm" in tier) {
    const size = tier.size_cm
    if (shape === "round") return (Math.PI * size * size) / 4
    return shape === "heart" ? HEART_AREA_FRACTION * size * size : size * size
  }
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    shape === "sheet" ? "a sheet cake's tiers need length_cm and width_cm" : `a ${shape} cake's tiers need size_cm`
  )
}

export function cakeVolumeCm3(shape: CakeShape, tiers: readonly CakeTier[]): number {
  return tiers.reduce((sum, tier) => sum + tierFootprintCm2(shape, tier) * tier.height_cm, 0)
}
