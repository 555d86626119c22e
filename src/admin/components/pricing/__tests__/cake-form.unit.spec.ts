import { DEFAULT_CAKE_FORM, parseIngredients, parseSizes, predictRequestOf } from "../cake-form"

describe("the suggested price form", () => {
  it("sends the default round cake for the variant, without sizes when none are typed", () => {
    expect(predictRequestOf(DEFAULT_CAKE_FORM, "variant_1")).toEqual({
      product_variant_id: "variant_1",
      features: {
        shape: "round",
        tiers: [{ size_cm: 20, height_cm: 10 }],
        layers: 3,
        flavor: "vanilla",
        filling: "cream",
        decoration_complexity: 2,
        ingredients: [],
        labor_hours: 3,
        rush: false,
        event_type: "birthday",
      },
    })
  })

  it("sends a sheet's tiers as length and width, and reads decimal commas", () => {
    const form = {
      ...DEFAULT_CAKE_FORM,
      shape: "sheet" as const,
      tiers: [{ size: "40", width: "30", height: "8,5" }],
      labor_hours: "1,5",
      sizes: "30, 40",
    }
    const request = predictRequestOf(form, "variant_1")
    expect(request.features.tiers).toEqual([{ length_cm: 40, width_cm: 30, height_cm: 8.5 }])
    expect(request.features.labor_hours).toBe(1.5)
    expect(request.sizes_cm).toEqual([30, 40])
  })

  it("names the field that is not a number", () => {
    const tiers = [DEFAULT_CAKE_FORM.tiers[0], { size: "14", width: "", height: "" }]
    expect(() => predictRequestOf({ ...DEFAULT_CAKE_FORM, tiers }, "variant_1")).toThrow(
      "Tier 2 height: write a number."
    )
    expect(() => predictRequestOf({ ...DEFAULT_CAKE_FORM, layers: "three" }, "variant_1")).toThrow(/^Layers/)
  })

  it("reads sizes separated by commas, spaces or semicolons and names one it cannot read", () => {
    expect(parseSizes(" 16, 20 ;24  16.5,")).toEqual([16, 20, 24, 16.5])
    expect(parseSizes("  ")).toEqual([])
    expect(() => parseSizes("16, 2O")).toThrow('Sizes: "2O" is not a number of centimetres.')
  })

  it("reads ingredients as a name and a quantity a line, names with spaces included", () => {
    expect(parseIngredients("Flour 1.5\n\n  Cream cheese 0,4 \nEggs 12")).toEqual([
      { name: "Flour", quantity: 1.5 },
      { name: "Cream cheese", quantity: 0.4 },
      { name: "Eggs", quantity: 12 },
    ])
    expect(() => parseIngredients("Flour 1.5\nSugar")).toThrow(/^Ingredients, line 2: write a name and a quantity/)
  })
})
