import { atBottomSize } from "../sizes"
import type { CakeFeatures } from "../features"

const common = { layers: 3, flavor: "honey", filling: "cream", decoration_complexity: 2, labor_hours: 3, rush: false, event_type: "birthday" } as const

describe("atBottomSize", () => {
  it("scales every tier to the new bottom size and the ingredients with the volume, keeping heights", () => {
    const cake: CakeFeatures = {
      ...common,
      shape: "round",
      tiers: [{ size_cm: 20, height_cm: 10 }, { size_cm: 10, height_cm: 8 }],
      ingredients: [{ name: "flour", quantity: 1 }],
    }
    const bigger = atBottomSize(cake, 30)
    expect(bigger.tiers).toEqual([{ size_cm: 30, height_cm: 10 }, { size_cm: 15, height_cm: 8 }])
    // Areas grow with the square of 30/20 and heights stay: volume × 2.25.
    expect(bigger.ingredients[0].quantity).toBeCloseTo(2.25, 10)
    expect(cake.tiers[0].size_cm).toBe(20)
  })

  it("scales a sheet's length and width together", () => {
    const sheet: CakeFeatures = { ...common, shape: "sheet", tiers: [{ length_cm: 40, width_cm: 30, height_cm: 6 }], ingredients: [] }
    expect(atBottomSize(sheet, 20).tiers).toEqual([{ length_cm: 20, width_cm: 15, height_cm: 6 }])
  })
})
