const DAY_MS = 24 * 60 * 60 * 1000
const WEEK_MS = 7 * DAY_MS

/**
 * The last `weeks` calendar weeks up to `now`: from the Monday 00:00 UTC that starts the first of them (ISO weeks,
 * so every weekly bucket in the report falls inside), to `now`. The week starts are the chart's time axis.
 */
export function weekWindow(now: Date, weeks: number): { from: string; to: string; weekStarts: number[] } {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  const daysSinceMonday = (now.getUTCDay() + 6) % 7
  const first = midnight - daysSinceMonday * DAY_MS - (weeks - 1) * WEEK_MS
  const weekStarts = Array.from({ length: weeks }, (_, index) => first + index * WEEK_MS)
  return { from: new Date(first).toISOString(), to: now.toISOString(), weekStarts }
}

/** Maps [domainStart, domainEnd] onto [rangeStart, rangeEnd]; an empty domain maps to the range's middle. */
export function linearScale([domainStart, domainEnd]: [number, number], [rangeStart, rangeEnd]: [number, number]) {
  const span = domainEnd - domainStart
  return (value: number) =>
    span === 0
      ? (rangeStart + rangeEnd) / 2
      : rangeStart + ((value - domainStart) / span) * (rangeEnd - rangeStart)
}

// d3's thresholds: a step of 1, 2, 5 or 10 × 10ⁿ, whichever is nearest the rough step on a log scale
const NICE_FACTORS: [number, number][] = [
  [Math.sqrt(50), 10],
  [Math.sqrt(10), 5],
  [Math.sqrt(2), 2],
]

/**
 * About `count` evenly spaced round ticks covering [min, max], 0 included when it lies between them; the first and
 * last ticks bound the axis.
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  const [low, high] = min === max ? [min - 1, max + 1] : [min, max]
  const rough = (high - low) / count
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const step = magnitude * (NICE_FACTORS.find(([bound]) => rough / magnitude >= bound)?.[1] ?? 1)
  const first = Math.floor(low / step)
  const last = Math.ceil(high / step)
  // toPrecision drops the floating-point noise of fractional steps (3 × 0.2 = 0.6000000000000001)
  return Array.from({ length: last - first + 1 }, (_, index) => Number(((first + index) * step).toPrecision(12)))
}
