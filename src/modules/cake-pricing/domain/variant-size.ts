import { z } from "zod"
import { CakeDimensionsSchema, type CakeDimensions } from "./features"
import { estimateServings, type Servings } from "./servings"

/*
 * A cake variant carries its size in its metadata (the seed writes it; staff can edit it in the admin's metadata
 * editor): `shape` (round when absent), `diameter_cm` of the bottom tier (the side of a square, the width of a heart)
 * or, for a sheet, `length_cm` and `width_cm`; `tiers` and `top_diameter_cm` for a tiered cake (the tiers between
 * shrink evenly); `height_cm` of the whole cake, shared evenly by its tiers. `servings` is the shop's own number of
 * servings, which is shown instead of the estimate.
 */
const positive = z.coerce.number().positive()
const VariantSizeMetadata = z.object({
  shape: z.enum(["round", "square", "heart", "sheet"]).default("round"),
  diameter_cm: positive.optional(),
  length_cm: positive.optional(),
  width_cm: positive.optional(),
  top_diameter_cm: positive.optional(),
  tiers: z.coerce.number().int().min(1).max(5).default(1),
  height_cm: positive,
})

/** The metadata key of the shop's own servings figure. */
export const SERVINGS_OVERRIDE_KEY = "servings"

/** The variant's cake as tiers, or null when its metadata does not describe a cake size the estimator accepts. */
export function variantDimensions(metadata: Record<string, unknown> | null | undefined): CakeDimensions | null {
  const size = VariantSizeMetadata.safeParse(metadata ?? {})
  if (!size.success) return null
  const { shape, tiers: count, height_cm } = size.data
  const tierHeight = height_cm / count
  const indexes = Array.from({ length: count }, (_, index) => index)
  const tiers =
    shape === "sheet"
      ? size.data.length_cm && size.data.width_cm
        ? indexes.map(() => ({ length_cm: size.data.length_cm, width_cm: size.data.width_cm, height_cm: tierHeight }))
        : []
      : indexes.map((index) => ({ size_cm: tierSize(size.data.diameter_cm, size.data.top_diameter_cm, index, count), height_cm: tierHeight }))
  const dimensions = CakeDimensionsSchema.safeParse({ shape, tiers })
  return dimensions.success ? dimensions.data : null
}

function tierSize(bottom: number | undefined, top: number | undefined, index: number, count: number): number | undefined {
  if (bottom === undefined || count === 1 || top === undefined) return bottom
  return bottom - ((bottom - top) * index) / (count - 1)
}

export type VariantServings = {
  /** From the variant's dimensions; null when its metadata has none. */
  estimate: Servings | null
  /** The shop's own number, when staff set one. */
  override: number | null
  /** What customers see: the shop's number, else the party estimate. */
  servings: number | null
}

export function variantServings(metadata: Record<string, unknown> | null | undefined): VariantServings {
  const dimensions = variantDimensions(metadata)
  const estimate = dimensions ? estimateServings(dimensions.shape, dimensions.tiers) : null
  const override = z.coerce.number().int().positive().safeParse(metadata?.[SERVINGS_OVERRIDE_KEY])
  const shopNumber = override.success ? override.data : null
  return { estimate, override: shopNumber, servings: shopNumber ?? estimate?.party ?? null }
}
