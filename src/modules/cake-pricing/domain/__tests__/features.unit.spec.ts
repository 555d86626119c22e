import { MedusaError } from "@medusajs/framework/utils"
import {
  type CakeFeatures,
  CakeFeaturesSchema,
  FEATURE_NAMES,
  featureVector,
  type IngredientPrice,
  ingredientCost,
} from "../features"

const PRICES: IngredientPrice[] = [
  { id: "ing_flour", name: "Wheat flour", unit: "kg", cost_per_unit: 8_000, allergens: ["gluten"] },
  { id: "ing_eggs", name: "Eggs", unit: "pcs", cost_per_unit: 1_600, allergens: ["eggs"] },
  { id: "ing_vanilla", name: "Vanilla extract", unit: "ml", cost_per_unit: 1_300, allergens: [] },
  { id: "ing_odd", name: "Odd-priced spice", unit: "g", cost_per_unit: 7_001, allergens: [] },
]

const roundCake = {
  shape: "round",
  tiers: [{ size_cm: 20, height_cm: 10 }, { size_cm: 14, height_cm: 8 }],
  layers: 3,
  flavor: "chocolate",
  filling: "ganache",
  decoration_complexity: 3,
  ingredients: [{ ingredient_id: "ing_flour", quantity: 0.5 }, { ingredient_id: "ing_eggs", quantity: 3 }],
  labor_hours: 4,
  rush: true,
  event_type: "wedding",
}

const messages = (input: unknown) => CakeFeaturesSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? []

describe("CakeFeaturesSchema", () => {
  it("accepts a round cake and a two-tier sheet cake, defaulting rush and ingredients", () => {
    expect(CakeFeaturesSchema.parse(roundCake)).toEqual(roundCake)
    const sheet = CakeFeaturesSchema.parse({
      ...roundCake,
      shape: "sheet",
      tiers: [{ length_cm: 60, width_cm: 40, height_cm: 6 }, { length_cm: 30, width_cm: 45, height_cm: 5 }],
      ingredients: undefined,
      rush: undefined,
    })
    expect(sheet).toMatchObject({ shape: "sheet", ingredients: [], rush: false })
  })

  it("refuses a tier larger than the one below with a message naming both", () => {
    expect(messages({ ...roundCake, tiers: [{ size_cm: 16, height_cm: 10 }, { size_cm: 20, height_cm: 10 }] })).toEqual([
      "tier 2 (20 cm) is larger than tier 1 below it (16 cm); list tiers from the largest at the bottom up",
    ])
    const sheetTiers = [{ length_cm: 40, width_cm: 30, height_cm: 6 }, { length_cm: 35, width_cm: 35, height_cm: 6 }]
    expect(messages({ ...roundCake, shape: "sheet", tiers: sheetTiers })).toEqual([
      "tier 2 (35×35 cm) is larger than tier 1 below it (40×30 cm); list tiers from the largest at the bottom up",
    ])
  })

  it("allows tiers of equal size", () => {
    expect(messages({ ...roundCake, tiers: [{ size_cm: 18, height_cm: 10 }, { size_cm: 18, height_cm: 10 }] })).toEqual([])
  })

  it.each([
    [{ shape: "oval" }, "shape must be one of round, square, heart, sheet"],
    [{ tiers: [] }, "a cake needs at least one tier"],
    [{ tiers: Array(6).fill({ size_cm: 20, height_cm: 10 }) }, "a cake has at most 5 tiers"],
    [{ tiers: [{ size_cm: 61, height_cm: 10 }] }, "size_cm (diameter of a round or heart tier, side of a square one) must be between 8 and 60 cm"],
    [{ tiers: [{ size_cm: 20, height_cm: 3 }] }, "height_cm (the tier's height) must be between 4 and 25 cm"],
    [{ tiers: [{ length_cm: 30, width_cm: 20, height_cm: 6 }] }, "size_cm (diameter of a round or heart tier, side of a square one) must be between 8 and 60 cm"],
    [{ layers: 13 }, "layers (sponge layers in each tier) must be a whole number from 1 to 12"],
    [{ layers: 2.5 }, "layers (sponge layers in each tier) must be a whole number"],
    [{ flavor: "banana" }, "flavor must be one of vanilla, chocolate, red_velvet, honey, napoleon, fruit, other"],
    [{ filling: "jam" }, "filling must be one of cream, ganache, fruit, custard, buttercream, none, other"],
    [{ decoration_complexity: 0 }, "decoration_complexity must be a whole number from 1 to 5"],
    [{ ingredients: [{ quantity: 1 }] }, "each ingredient needs an ingredient_id or a name"],
    [{ ingredients: [{ name: "Eggs", quantity: 0 }] }, "an ingredient's quantity must be more than 0"],
    [{ ingredients: Array(51).fill({ name: "Eggs", quantity: 1 }) }, "a cake lists at most 50 ingredients"],
    [{ labor_hours: 61 }, "labor_hours must be between 0 and 60 hours"],
    [{ labor_hours: "4" }, "labor_hours must be between 0 and 60 hours"],
    [{ rush: "yes" }, "rush must be true (ready in under 48 hours) or false"],
    [{ event_type: "funeral" }, "event_type must be one of birthday, wedding, anniversary, corporate, kids, other"],
  ])("refuses %j with a human message", (change, message) => {
    expect(messages({ ...roundCake, ...change })).toContain(message)
  })

  it("requires length_cm and width_cm on a sheet cake's tiers", () => {
    expect(messages({ ...roundCake, shape: "sheet", tiers: [{ size_cm: 30, height_cm: 6 }] })).toEqual([
      "length_cm (the sheet's length) must be between 8 and 80 cm",
      "width_cm (the sheet's width) must be between 8 and 80 cm",
    ])
  })
})

describe("ingredientCost", () => {
  it("sums quantity × cost per unit in whole UZS, finding ingredients by id or by name in any case", () => {
    // flour 0.5 kg × 8,000 = 4,000; eggs 3 × 1,600 = 4,800; vanilla 2.5 ml × 1,300 = 3,250 → 12,050
    const features = {
      ingredients: [
        { ingredient_id: "ing_flour", quantity: 0.5 },
        { name: "  eggs ", quantity: 3 },
        { name: "VANILLA EXTRACT", quantity: 2.5 },
      ],
    }
    expect(ingredientCost(features, PRICES)).toBe(12_050)
  })

  it("rounds each line to tiyin and the total to whole soum", () => {
    // 0.333 g × 7,001 = 2,331.333 UZS = 233,133.3 tiyin → 233,133; twice → 466,266 tiyin → 4,662.66 → 4,663 UZS
    // (rounding each line to soum first would give 2,331 × 2 = 4,662)
    const line = { ingredient_id: "ing_odd", quantity: 0.333 }
    expect(ingredientCost({ ingredients: [line, line] }, PRICES)).toBe(4_663)
  })

  it("costs nothing without ingredients", () => {
    expect(ingredientCost({ ingredients: [] }, PRICES)).toBe(0)
  })

  it("refuses an ingredient missing from the price list with UNKNOWN_INGREDIENT naming it", () => {
    const unknown = () => ingredientCost({ ingredients: [{ name: "Saffron", quantity: 1 }] }, PRICES)
    expect(unknown).toThrow(MedusaError)
    expect(unknown).toThrow(expect.objectContaining({ type: MedusaError.Types.INVALID_DATA, code: "UNKNOWN_INGREDIENT" }))
    expect(unknown).toThrow(/"Saffron"/)
    expect(() => ingredientCost({ ingredients: [{ ingredient_id: "ing_gone", quantity: 1 }] }, PRICES)).toThrow(/"ing_gone"/)
  })
})

describe("featureVector", () => {
  it("has one value per feature name, with sizes, counts, cost and one-hot categories", () => {
    const features = CakeFeaturesSchema.parse(roundCake) as CakeFeatures
    const vector = featureVector(features, PRICES)
    expect(vector).toHaveLength(FEATURE_NAMES.length)
    const named = Object.fromEntries(FEATURE_NAMES.map((name, index) => [name, vector[index]]))
    // areas: π·10² = 314.159…, π·7² = 153.938…; volume 314.159·10 + 153.938·8 = 4,373.10
    expect(named.total_volume_cm3).toBeCloseTo(4373.1, 1)
    expect(named.bottom_tier_area_cm2).toBeCloseTo(314.16, 2)
    expect(named.top_tier_area_cm2).toBeCloseTo(153.94, 2)
    expect(named).toMatchObject({
      tier_count: 2,
      total_height_cm: 18,
      layers: 3,
      decoration_complexity: 3,
      labor_hours: 4,
      rush: 1,
      ingredient_cost: 8_800, // 0.5 × 8,000 + 3 × 1,600
      shape_round: 1,
      shape_sheet: 0,
      flavor_chocolate: 1,
      flavor_vanilla: 0,
      filling_ganache: 1,
      event_type_wedding: 1,
      event_type_birthday: 0,
    })
    const oneHotSum = (prefix: string) =>
      FEATURE_NAMES.filter((name) => name.startsWith(prefix)).reduce((sum, name) => sum + named[name], 0)
    expect(["shape_", "flavor_", "filling_", "event_type_"].map(oneHotSum)).toEqual([1, 1, 1, 1])
  })

  it("uses length × width for a sheet tier's area", () => {
    const tiers = [{ length_cm: 40, width_cm: 30, height_cm: 5 }]
    const sheet = CakeFeaturesSchema.parse({ ...roundCake, shape: "sheet", tiers })
    const vector = featureVector(sheet, PRICES)
    expect(vector.slice(0, 5)).toEqual([6_000, 1_200, 1_200, 1, 5])
  })
})
