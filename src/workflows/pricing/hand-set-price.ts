import { bottomSizeCm, variantDimensions, type CakeDimensions } from "../../modules/cake-pricing/domain"

/** A price saved by hand this long after a suggestion no longer counts as its final price. */
export const HAND_SET_WINDOW_MS = 14 * 24 * 3_600_000

export type LoggedSuggestion = {
  id: string
  created_at: Date | string
  features: unknown
  predicted_price: number
  finalized_at: Date | string | null
  variant_price_before: number | null
}

// sizes come from floating-point scaling: half a centimetre apart is the same size
const SAME_SIZE_CM = 0.5

/**
 * Which suggestion, if any, a variant price saved by hand finalizes: one made for this variant in the last two weeks,
 * after the last time one of its suggestions was finalized (that closed the sizes offered beside it), and before the
 * price changed (its price then differs from now). Of the sizes offered, the one the variant is, by its size
 * metadata (newest first); without size metadata, the one closest to the price saved.
 */
export function suggestionToFinalize(
  rows: readonly LoggedSuggestion[],
  variant: { price: number | null; metadata: Record<string, unknown> | null },
  now: Date
): LoggedSuggestion | null {
  const price = variant.price
  if (price === null) return null
  const time = (value: Date | string) => new Date(value).getTime()
  const lastFinalized = Math.max(-Infinity, ...rows.map((row) => (row.finalized_at ? time(row.finalized_at) : -Infinity)))
  const open = rows.filter(
    (row) =>
      !row.finalized_at &&
      time(row.created_at) > lastFinalized &&
      now.getTime() - time(row.created_at) <= HAND_SET_WINDOW_MS &&
      row.variant_price_before !== price
  )
  const newestFirst = (a: LoggedSuggestion, b: LoggedSuggestion) => time(b.created_at) - time(a.created_at)
  const dimensions = variantDimensions(variant.metadata)
  if (dimensions) {
    const size = bottomSizeCm(dimensions)
    const sameSize = open.filter((row) => Math.abs(bottomSizeCm(row.features as CakeDimensions) - size) < SAME_SIZE_CM)
    return sameSize.sort(newestFirst)[0] ?? null
  }
  const distance = (row: LoggedSuggestion) => Math.abs(row.predicted_price - price)
  return open.sort((a, b) => distance(a) - distance(b) || newestFirst(a, b))[0] ?? null
}
