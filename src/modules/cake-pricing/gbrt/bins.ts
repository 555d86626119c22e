/**
 * Histogram binning: each feature's values are cut at up to `bins - 1` thresholds placed at quantiles, so a tree
 * scans a few dozen candidate splits per feature instead of every distinct value. A value's bin is the number of
 * thresholds below it, which makes "bin <= b" the same test as "value <= thresholds[b]": trees trained on bins
 * predict on raw values with no binning at prediction time.
 */
export type BinnedMatrix = {
  rows: number
  features: number
  /** Row-major bin codes: codes[row * features + feature]. */
  codes: Uint8Array
  /** Ascending split thresholds per feature (midpoints between neighbouring distinct values). */
  thresholds: number[][]
}

/** Bins are stored in a byte. */
export const MAX_BINS = 256

export function quantileThresholds(values: ArrayLike<number>, bins: number): number[] {
  const sorted = Float64Array.from(values).sort()
  /** Indices i where sorted[i] < sorted[i + 1]: the only places a split can go. */
  const boundaries: number[] = []
  for (let i = 0; i < sorted.length - 1; i++) if (sorted[i] !== sorted[i + 1]) boundaries.push(i)
  const chosen = boundaries.length < bins ? boundaries : quantileBoundaries(boundaries, sorted.length, bins)
  return chosen.map((i) => (sorted[i] + sorted[i + 1]) / 2)
}

/** For each quantile k/bins, the first boundary at or after it (so ties never straddle a threshold). */
function quantileBoundaries(boundaries: number[], count: number, bins: number): number[] {
  const chosen: number[] = []
  let b = 0
  for (let k = 1; k < bins; k++) {
    while (b < boundaries.length && boundaries[b] + 1 < (k * count) / bins) b++
    if (b === boundaries.length) break
    if (chosen[chosen.length - 1] !== boundaries[b]) chosen.push(boundaries[b])
  }
  return chosen
}

export function binIndex(thresholds: readonly number[], value: number): number {
  let low = 0
  let high = thresholds.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (thresholds[middle] < value) low = middle + 1
    else high = middle
  }
  return low
}

export function binMatrix(X: readonly (readonly number[])[], bins: number): BinnedMatrix {
  const rows = X.length
  const features = X[0].length
  const codes = new Uint8Array(rows * features)
  const column = new Float64Array(rows)
  const thresholds: number[][] = []
  for (let f = 0; f < features; f++) {
    for (let r = 0; r < rows; r++) column[r] = X[r][f]
    const cuts = quantileThresholds(column, bins)
    for (let r = 0; r < rows; r++) codes[r * features + f] = binIndex(cuts, column[r])
    thresholds.push(cuts)
  }
  return { rows, features, codes, thresholds }
}
