import type { CakeFeatures } from "../../../../modules/cake-pricing/domain"
import { bakeryLabel, customerLabel, describeCakeFeatures, describeFulfillment, describeTiers } from "../describe"

const ROUND: CakeFeatures = {
  shape: "round",
  tiers: [{ size_cm: 20, height_cm: 10 }],
  layers: 6,
  flavor: "honey",
  filling: "cream",
  decoration_complexity: 2,
  ingredients: [],
  labor_hours: 3,
  rush: false,
  event_type: "birthday",
}

describe("a custom cake in words", () => {
  it("describes a one-tier round cake row by row", () => {
    expect(describeCakeFeatures(ROUND)).toEqual([
      { label: "Shape", value: "Round" },
      { label: "Size", value: "20 cm, 10 cm high" },
      { label: "Layers", value: "6 per tier" },
      { label: "Flavor", value: "Honey" },
      { label: "Filling", value: "Cream" },
      { label: "Decoration", value: "Level 2 of 5" },
      { label: "Event", value: "Birthday" },
      { label: "Rush", value: "No" },
      { label: "Labor", value: "3 h" },
    ])
  })

  it("names tiers from the bottom up, and a sheet's tiers by length and width", () => {
    expect(describeTiers([{ size_cm: 24, height_cm: 10 }, { size_cm: 16, height_cm: 8.5 }])).toBe(
      "Bottom: 24 cm, 10 cm high\nTier 2: 16 cm, 8.5 cm high"
    )
    expect(describeTiers([{ length_cm: 40, width_cm: 30, height_cm: 8 }])).toBe("40 × 30 cm, 8 cm high")
  })

  it("lists ingredients by name, or by id when the line has no name, and says when it is a rush order", () => {
    const rows = describeCakeFeatures({
      ...ROUND,
      rush: true,
      tiers: [{ size_cm: 24, height_cm: 10 }, { size_cm: 16, height_cm: 8 }],
      ingredients: [{ name: "Flour", quantity: 1.5 }, { ingredient_id: "ing_eggs", quantity: 12 }],
    })
    expect(rows).toContainEqual({ label: "Tiers (2)", value: "Bottom: 24 cm, 10 cm high\nTier 2: 16 cm, 8 cm high" })
    expect(rows).toContainEqual({ label: "Rush", value: "Yes, wanted within 48 hours" })
    expect(rows).toContainEqual({ label: "Ingredients", value: "Flour 1.5, ing_eggs 12" })
  })

  it("names the customer, falling back to the email, and the store when no bakery makes the cake", () => {
    const customer = { id: "cus_1", email: "aziza@example.com", first_name: "Aziza", last_name: null, phone: null }
    expect(customerLabel(customer)).toBe("Aziza")
    expect(customerLabel({ ...customer, first_name: null })).toBe("aziza@example.com")
    expect(customerLabel(null)).toBe("-")
    expect(bakeryLabel(null)).toBe("Store")
    expect(bakeryLabel({ id: "bak_1", name: "Registon Non" })).toBe("Registon Non")
  })

  it("says pickup, or where and to whom a delivery goes", () => {
    expect(describeFulfillment({ fulfillment: "PICKUP", delivery_address: null })).toBe("Pickup")
    expect(
      describeFulfillment({
        fulfillment: "DELIVERY",
        delivery_address: { address_1: "Amir Temur 1", city: "Tashkent", phone: "+998901112233" },
      })
    ).toBe("Delivery to Amir Temur 1, Tashkent\n+998901112233")
  })
})
