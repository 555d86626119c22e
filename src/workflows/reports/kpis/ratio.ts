/** part / whole, or null when there is nothing to divide by (never NaN). Rounded to 4 decimals. */
export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000)
