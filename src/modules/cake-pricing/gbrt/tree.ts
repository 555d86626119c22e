import type { BinnedMatrix } from "./bins"

/**
 * A regression tree as parallel arrays indexed by node (node 0 is the root), so it survives JSON unchanged.
 * An internal node sends x to `left` when x[feature] <= threshold, else to `right`; a leaf has feature -1 and
 * answers `value` (left, right and threshold are -1, -1, 0 there, and value is 0 on internal nodes).
 */
export type SerializedTree = {
  feature: number[]
  threshold: number[]
  left: number[]
  right: number[]
  value: number[]
}

export type TreeParams = {
  max_depth: number
  min_samples_leaf: number
  /** L2 penalty on leaf values (XGBoost's lambda): shrinks leaves that few samples support. */
  l2: number
}

/** A split must beat floating-point noise: a node whose gradients are all equal would otherwise split on rounding. */
const RELATIVE_MIN_GAIN = 1e-9

type Split = { feature: number; bin: number; gain: number }

/** Per feature and bin: the sum of the gradients and the number of rows that fall there. */
type Histogram = { gradients: Float64Array; counts: Uint32Array }

/**
 * Fits one tree to the gradients of squared loss (hessian 1 per sample) on the given rows, with XGBoost's split
 * gain G_L²/(n_L+λ) + G_R²/(n_R+λ) − G²/(n+λ) and leaf value −G/(n+λ): the Newton step that lowers the loss most.
 */
export function fitTree(
  data: BinnedMatrix,
  gradients: ArrayLike<number>,
  rows: ArrayLike<number>,
  params: TreeParams
): SerializedTree {
  if (rows.length === 0) throw new RangeError("fitTree needs at least one row")
  const order = Uint32Array.from(rows)
  const width = Math.max(...data.thresholds.map((cuts) => cuts.length)) + 1
  const histogram = (start: number, end: number) => buildHistogram(data, width, gradients, order, start, end)
  const canSplit = (start: number, end: number, depth: number) =>
    depth < params.max_depth && end - start >= 2 * params.min_samples_leaf
  const tree: SerializedTree = { feature: [], threshold: [], left: [], right: [], value: [] }

  /** Only the smaller child is scanned: the larger one's histogram is the parent's minus it. */
  const childHistograms = (parent: Histogram, start: number, middle: number, end: number): Histogram[] => {
    if (middle - start <= end - middle) {
      const left = histogram(start, middle)
      return [left, subtractInto(parent, left)]
    }
    const right = histogram(middle, end)
    return [subtractInto(parent, right), right]
  }

  const grow = (start: number, end: number, depth: number, known?: Histogram): number => {
    const node = tree.feature.length
    tree.feature.push(-1)
    tree.threshold.push(0)
    tree.left.push(-1)
    tree.right.push(-1)
    tree.value.push(0)
    const parent = canSplit(start, end, depth) ? (known ?? histogram(start, end)) : undefined
    const split = parent && bestSplit(data, width, parent, end - start, params)
    if (!parent || !split) {
      let sum = 0
      for (let i = start; i < end; i++) sum += gradients[order[i]]
      tree.value[node] = -sum / (end - start + params.l2)
      return node
    }
    const middle = partition(data, order, start, end, split)
    const childrenSplit = canSplit(start, middle, depth + 1) || canSplit(middle, end, depth + 1)
    const [left, right] = childrenSplit ? childHistograms(parent, start, middle, end) : []
    tree.feature[node] = split.feature
    tree.threshold[node] = data.thresholds[split.feature][split.bin]
    tree.left[node] = grow(start, middle, depth + 1, left)
    tree.right[node] = grow(middle, end, depth + 1, right)
    return node
  }

  grow(0, order.length, 0)
  return tree
}

export function predictTree(tree: SerializedTree, x: readonly number[]): number {
  return tree.value[leafOf(tree, x)]
}

/** The index of the leaf that x lands in. */
export function leafOf(tree: SerializedTree, x: readonly number[]): number {
  let node = 0
  while (tree.feature[node] >= 0) {
    node = x[tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node]
  }
  return node
}

function buildHistogram(
  data: BinnedMatrix,
  width: number,
  gradients: ArrayLike<number>,
  order: Uint32Array,
  start: number,
  end: number
): Histogram {
  const { features, codes } = data
  const sums = new Float64Array(features * width)
  const counts = new Uint32Array(features * width)
  for (let i = start; i < end; i++) {
    const row = order[i]
    const gradient = gradients[row]
    const offset = row * features
    for (let f = 0; f < features; f++) {
      const slot = f * width + codes[offset + f]
      sums[slot] += gradient
      counts[slot]++
    }
  }
  return { gradients: sums, counts }
}

function subtractInto(whole: Histogram, part: Histogram): Histogram {
  for (let slot = 0; slot < whole.counts.length; slot++) {
    whole.gradients[slot] -= part.gradients[slot]
    whole.counts[slot] -= part.counts[slot]
  }
  return whole
}

function bestSplit(
  data: BinnedMatrix,
  width: number,
  histogram: Histogram,
  count: number,
  { min_samples_leaf, l2 }: TreeParams
): Split | undefined {
  let total = 0
  for (let bin = 0; bin < width; bin++) total += histogram.gradients[bin]
  const parentScore = (total * total) / (count + l2)
  let best: Split | undefined
  for (let f = 0; f < data.features; f++) {
    let leftSum = 0
    let leftCount = 0
    for (let bin = 0; bin < data.thresholds[f].length; bin++) {
      leftSum += histogram.gradients[f * width + bin]
      leftCount += histogram.counts[f * width + bin]
      const rightCount = count - leftCount
      if (leftCount < min_samples_leaf) continue
      if (rightCount < min_samples_leaf) break
      const rightSum = total - leftSum
      const gain = (leftSum * leftSum) / (leftCount + l2) + (rightSum * rightSum) / (rightCount + l2) - parentScore
      if (gain > RELATIVE_MIN_GAIN * parentScore && gain > (best?.gain ?? 0)) best = { feature: f, bin, gain }
    }
  }
  return best
}

/** Reorders order[start, end) so the rows going left come first; returns where the right rows begin. */
function partition(data: BinnedMatrix, order: Uint32Array, start: number, end: number, split: Split): number {
  let middle = start
  for (let i = start; i < end; i++) {
    const row = order[i]
    if (data.codes[row * data.features + split.feature] <= split.bin) {
      order[i] = order[middle]
      order[middle++] = row
    }
  }
  return middle
}
