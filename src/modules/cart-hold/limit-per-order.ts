/** The product metadata key staff set in the admin's product page: at most this many of the product per order. */
export const LIMIT_PER_ORDER_KEY = "limit_per_order"

/** The product's limit, or null when unset or not a positive whole number (the admin stores metadata as text). */
export function limitPerOrderOf(metadata: Record<string, unknown> | null | undefined): number | null {
  const raw = metadata?.[LIMIT_PER_ORDER_KEY]
  const limit = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : NaN
  return Number.isInteger(limit) && limit > 0 ? limit : null
}
