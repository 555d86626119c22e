import { variantDimensions, variantServings } from "../variant-size"

describe("variantDimensions", () => {
  it("reads a one-tier round cake, round when no shape is given", () => {
    expect(variantDimensions({ diameter_cm: 20, height_cm: 11, layers: 8 })).toEqual({
      shape: "round",
      tiers: [{ size_cm: 20, height_cm: 11 }],
    })
  })

  it("shrinks the tiers between the bottom and the top evenly and shares the height", () => {
    expect(variantDimensions({ tiers: 3, diameter_cm: 30, top_diameter_cm: 10, height_cm: 30 })).toEqual({
      shape: "round",
      tiers: [
        { size_cm: 30, height_cm: 10 },
        { size_cm: 20, height_cm: 10 },
        { size_cm: 10, height_cm: 10 },
      ],
    })
  })

  it("reads a sheet by its length and width", () => {
    expect(variantDimensions({ shape: "sheet", length_cm: 30, width_cm: 20, height_cm: 5 })).toEqual({
      shape: "sheet",
      tiers: [{ length_cm: 30, width_cm: 20, height_cm: 5 }],
    })
  })

  it("accepts numbers typed as text in the admin's metadata editor", () => {
    expect(variantDimensions({ diameter_cm: "24", height_cm: "12" })?.tiers).toEqual([{ size_cm: 24, height_cm: 12 }])
  })

  it.each([
    ["no metadata", null],
    ["a bouquet's metadata", { stems: 25 }],
    ["no height", { diameter_cm: 20 }],
    ["a sheet without its width", { shape: "sheet", length_cm: 30, height_cm: 5 }],
    ["a size the estimator refuses", { diameter_cm: 100, height_cm: 10 }],
    ["a top tier wider than the bottom", { tiers: 2, diameter_cm: 14, top_diameter_cm: 20, height_cm: 20 }],
    ["an unknown shape", { shape: "star", diameter_cm: 20, height_cm: 10 }],
  ])("is null for %s", (_case, metadata) => {
    expect(variantDimensions(metadata)).toBeNull()
  })
})

describe("variantServings", () => {
  it("estimates from the dimensions when the shop set no number", () => {
    // π·10² = 314.16 cm² × 10/10 → party 12.57 → 12, wedding 25.13 → 25
    expect(variantServings({ diameter_cm: 20, height_cm: 10 })).toEqual({
      estimate: { party: 12, wedding: 25 },
      override: null,
      servings: 12,
    })
  })

  it("shows the shop's number over the estimate", () => {
    // π·10² · 11/10 = 345.58 cm² → party 13.82 → 13, wedding 27.65 → 27
    expect(variantServings({ diameter_cm: 20, height_cm: 11, servings: 10 })).toEqual({
      estimate: { party: 13, wedding: 27 },
      override: 10,
      servings: 10,
    })
  })

  it("sums the tiers of a two-tier cake", () => {
    // 20 + 14 cm rounds, 10 cm each: π·(10² + 7²) = 468.10 cm² → party 18.72 → 18, wedding 37.45 → 37
    expect(variantServings({ tiers: 2, diameter_cm: 20, top_diameter_cm: 14, height_cm: 20 }).estimate).toEqual({ party: 18, wedding: 37 })
  })

  it("keeps the shop's number for a variant without dimensions, and ignores one that is not a positive whole number", () => {
    expect(variantServings({ servings: 8 })).toEqual({ estimate: null, override: 8, servings: 8 })
    expect(variantServings({ servings: "lots" })).toEqual({ estimate: null, override: null, servings: null })
    expect(variantServings({ diameter_cm: 20, height_cm: 10, servings: 0 }).servings).toBe(12)
  })
})
