import { binMatrix } from "../bins"
import { fitTree, leafOf, predictTree, type SerializedTree, type TreeParams } from "../tree"

/** Fits a tree to y from a zero prediction: the gradients of squared loss are then −y. */
function fitToTarget(X: number[][], y: number[], params: Partial<TreeParams> = {}, bins = 256): SerializedTree {
  const gradients = y.map((value) => -value)
  const rows = X.map((_, i) => i)
  return fitTree(binMatrix(X, bins), gradients, rows, { max_depth: 3, min_samples_leaf: 1, l2: 0, ...params })
}

const leafCount = (tree: SerializedTree) => tree.feature.filter((feature) => feature < 0).length

describe("fitTree", () => {
  // t = 0.00 … 0.99 beside a distractor feature that carries no signal
  const X = Array.from({ length: 100 }, (_, i) => [(i * 37) % 11, i / 100])

  it("recovers a step function with one split on the right feature and stops on the pure halves", () => {
    const y = X.map(([, t]) => (t <= 0.37 ? 5 : 12))
    const tree = fitToTarget(X, y)
    expect(tree.feature[0]).toBe(1)
    expect(tree.threshold[0]).toBeCloseTo(0.375, 12)
    expect(tree.feature).toHaveLength(3)
    expect(X.map((x) => predictTree(tree, x))).toEqual(y)
  })

  it("recovers a two-step function with depth 2", () => {
    const y = X.map(([, t]) => (t < 0.3 ? 1 : t < 0.7 ? 4 : 9))
    const tree = fitToTarget(X, y, { max_depth: 2 })
    expect(X.map((x) => predictTree(tree, x))).toEqual(y)
    expect(leafCount(tree)).toBe(3)
  })

  it("splits unseen values at the midpoint between training values and sends outliers to the end leaves", () => {
    const y = X.map(([, t]) => (t <= 0.37 ? 5 : 12))
    const tree = fitToTarget(X, y)
    expect(predictTree(tree, [0, 0.372])).toBe(5)
    expect(predictTree(tree, [0, 0.378])).toBe(12)
    expect(predictTree(tree, [0, -3])).toBe(5)
    expect(predictTree(tree, [0, 40])).toBe(12)
  })

  it("stops at the depth limit", () => {
    const y = X.map(([, t]) => Math.sin(t * 20))
    const tree = fitToTarget(X, y, { max_depth: 2 })
    expect(leafCount(tree)).toBe(4)
  })

  it("leaves no leaf with fewer rows than min_samples_leaf, even when the signal is in fewer rows", () => {
    const y = X.map((_, i) => (i < 3 ? 100 : 0))
    const tree = fitToTarget(X, y, { min_samples_leaf: 5, max_depth: 6 })
    const rowsPerLeaf = new Map<number, number>()
    for (const x of X) rowsPerLeaf.set(leafOf(tree, x), (rowsPerLeaf.get(leafOf(tree, x)) ?? 0) + 1)
    expect(Math.min(...rowsPerLeaf.values())).toBeGreaterThanOrEqual(5)
    expect(predictTree(tree, X[0])).toBeCloseTo(60, 12)
  })

  it("shrinks leaf values by the L2 penalty: −G/(n+λ)", () => {
    const tree = fitToTarget([[1], [2], [3], [4]], [6, 6, 6, 6], { max_depth: 0, l2: 2 })
    expect(tree.value).toEqual([4])
  })

  it("does not split a constant target", () => {
    const tree = fitToTarget(X, X.map(() => 0.1))
    expect(tree.feature).toEqual([-1])
    expect(tree.value[0]).toBeCloseTo(0.1, 15)
  })

  it("fits only the rows it is given", () => {
    const y = X.map(([, t]) => (t < 0.5 ? 3 : 10))
    const tree = fitTree(binMatrix(X, 256), y.map((value) => -value), [0, 1, 2, 3], {
      max_depth: 3,
      min_samples_leaf: 1,
      l2: 0,
    })
    expect(tree.feature).toEqual([-1])
    expect(tree.value).toEqual([3])
  })
})
