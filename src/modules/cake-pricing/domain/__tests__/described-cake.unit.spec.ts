import { completeDescribedCake, DescribedCakeSchema } from "../described-cake"
import { DEMO_INGREDIENTS } from "../demo-ingredients"

const ALL_KNOWN = new Set(DEMO_INGREDIENTS.map((ingredient) => ingredient.id))
const VANILLA_20 = DescribedCakeSchema.parse({
  shape: "round",
  tiers: [{ size_cm: 20, height_cm: 10 }],
  layers: 4,
  flavor: "vanilla",
  filling: "cream",
  decoration_complexity: 2,
  event_type: "birthday",
})

describe("completeDescribedCake", () => {
  it("works out the typical recipe and labor of a 20 cm vanilla cream cake", () => {
    const features = completeDescribedCake(VANILLA_20, { knownIngredientIds: ALL_KNOWN, rush: true })
    // volume π·10²·10 = 3,141.6 cm³ → labor 1 + 3,141.6/2,500 + 0.8·(2−1) = 3.06 h → 3 h (half hours)
    expect(features.labor_hours).toBe(3)
    expect(features.rush).toBe(true)
    const quantity = (id: string) => features.ingredients.find((line) => line.ingredient_id === id)?.quantity
    // sponge flour 0.11 kg per litre × 3.1416 l = 0.346 kg; eggs 2.5 × 3.1416 = 7.85 → 8; cream 0.12 l × 3.1416 = 0.377 l
    expect(quantity("ing_flour")).toBe(0.346)
    expect(quantity("ing_eggs")).toBe(8)
    expect(quantity("ing_heavy_cream")).toBe(0.377)
    expect(quantity("ing_cake_board")).toBe(1)
    // decoration 2 uses no fondant
    expect(quantity("ing_fondant")).toBeUndefined()
  })

  it("leaves out recipe lines the shop's price list does not have", () => {
    const known = new Set([...ALL_KNOWN].filter((id) => id !== "ing_vanilla" && id !== "ing_cake_box"))
    const features = completeDescribedCake(VANILLA_20, { knownIngredientIds: known, rush: false })
    expect(features.ingredients.map((line) => line.ingredient_id)).not.toEqual(expect.arrayContaining(["ing_vanilla"]))
    expect(features.ingredients.some((line) => line.ingredient_id === "ing_cake_box")).toBe(false)
    expect(features.ingredients.length).toBeGreaterThan(5)
  })

  it("takes no recipe, hours or rush from a customer: those keys are dropped, the shop works them out", () => {
    const stripped = DescribedCakeSchema.parse({ ...VANILLA_20, ingredients: [{ name: "gold", quantity: 9 }], labor_hours: 1, rush: true })
    expect(stripped).not.toHaveProperty("ingredients")
    expect(stripped).not.toHaveProperty("labor_hours")
    expect(stripped).not.toHaveProperty("rush")
  })
})
