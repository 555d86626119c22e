/** mulberry32: a tiny, fast, seedable 32-bit PRNG returning [0, 1). Reproducible test data only, never secrets. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Random = () => number

export const uniform = (random: Random, min: number, max: number) => min + random() * (max - min)

export const pick = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)]

/** Picks a value with probability proportional to its weight. */
export function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  let left = random() * choices.reduce((sum, [, weight]) => sum + weight, 0)
  for (const [value, weight] of choices) {
    left -= weight
    if (left < 0) return value
  }
  return choices[choices.length - 1][0]
}
