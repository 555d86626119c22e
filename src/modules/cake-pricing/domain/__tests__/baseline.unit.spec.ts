import { BaselineSettingsSchema, DEFAULT_BASELINE, baselineFromVector, baselinePrice } from "../baseline"
import { featureVector, type CakeFeatures, type IngredientPrice } from "../features"
import { DEMO_INGREDIENTS, generateCakeSamples } from "../synthetic"

const PRICES: IngredientPrice[] = [
  { id: "ing_flour", name: "Wheat flour", unit: "kg", cost_per_unit: 8_000, allergens: ["gluten"] },
  { id: "ing_eggs", name: "Eggs", unit: "pcs", cost_per_unit: 1_600, allergens: ["eggs"] },
]

// ingredients: 0.5 kg flour × 8,000 + 3 eggs × 1,600 = 8,800 UZS
const cake: CakeFeatures = {
  shape: "round",
  tiers: [{ size_cm: 16, height_cm: 10 }],
  layers: 3,
  flavor: "vanilla",
  filling: "cream",
  decoration_complexity: 1,
  ingredients: [{ ingredient_id: "ing_flour", quantity: 0.5 }, { ingredient_id: "ing_eggs", quantity: 3 }],
  labor_hours: 4,
  rush: false,
  event_type: "birthday",
}

describe("baselinePrice", () => {
  it("is (ingredients + labor) × markup, rounded to 1,000 UZS, for a plain cake", () => {
    // (8,800 + 4 h × 25,000) × 1.6 = 108,800 × 1.6 = 174,080 → 174,000
    expect(baselinePrice(cake, PRICES)).toBe(174_000)
  })

  it("adds the complexity surcharge per level above 1 and the rush surcharge", () => {
    // 174,080 × (1 + 0.15 × 2) = 226,304; × 1.25 = 282,880 → 283,000
    expect(baselinePrice({ ...cake, decoration_complexity: 3, rush: true }, PRICES)).toBe(283_000)
  })

  it("uses the given settings", () => {
    // (8,800 + 4 × 30,000) × 2 = 257,600; × (1 + 0.1 × 2) = 309,120; × 1.5 = 463,680 → nearest 500: 463,500
    const settings = { labor_rate_per_hour: 30_000, markup: 2, complexity_surcharge: 0.1, rush_surcharge: 0.5, round_to: 500 }
    expect(baselinePrice({ ...cake, decoration_complexity: 3, rush: true }, PRICES, settings)).toBe(463_500)
  })

  it("prices a cake without labor from its ingredients alone, to the soum when round_to is 1", () => {
    // 8,800 × 1.6 = 14,080
    expect(baselinePrice({ ...cake, labor_hours: 0 }, PRICES, { ...DEFAULT_BASELINE, round_to: 1 })).toBe(14_080)
  })
})

describe("BaselineSettingsSchema", () => {
  it("accepts the defaults", () => {
    expect(BaselineSettingsSchema.parse(DEFAULT_BASELINE)).toEqual(DEFAULT_BASELINE)
  })

  it.each([
    [{ markup: 0.9 }, "markup must be a multiplier from 1 to 10 (1.6 = cost + 60%)"],
    [{ labor_rate_per_hour: 25_000.5 }, "labor_rate_per_hour must be whole UZS, at least 0"],
    [{ complexity_surcharge: -0.1 }, "complexity_surcharge must be a fraction from 0 to 1 (0.25 = +25%)"],
    [{ rush_surcharge: 3 }, "rush_surcharge must be a fraction from 0 to 2 (0.25 = +25%)"],
    [{ round_to: 0 }, "round_to must be whole UZS, at least 1"],
  ])("refuses %j with a human message", (change, message) => {
    const issues = BaselineSettingsSchema.safeParse({ ...DEFAULT_BASELINE, ...change }).error?.issues ?? []
    expect(issues.map((issue) => issue.message)).toContain(message)
  })
})

describe("baselineFromVector", () => {
  it("prices a logged feature vector exactly as the features it came from", () => {
    for (const sample of generateCakeSamples(25, 7, { now: new Date("2026-11-01T00:00:00Z") })) {
      expect(baselineFromVector(featureVector(sample.features, DEMO_INGREDIENTS))).toBe(baselinePrice(sample.features, DEMO_INGREDIENTS))
    }
  })
})
