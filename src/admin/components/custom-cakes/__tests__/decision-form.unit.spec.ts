import type { AdminCustomCake } from "../../../hooks/custom-cakes"
import { approveBodyOf, approveFormOf, isReasonLongEnough } from "../decision-form"

const suggestion = (overrides: Partial<AdminCustomCake>) =>
  ({
    currency_code: "uzs",
    predicted_price: 350000,
    predicted_servings: { party: 14, wedding: 28 },
    servings_wanted: 12,
    ...overrides,
  }) as AdminCustomCake

describe("the approve dialog", () => {
  it("starts from the suggested price, the servings wanted and 48 hours to pay", () => {
    expect(approveFormOf(suggestion({}))).toEqual({
      final_price: "350000",
      final_servings: "12",
      expires_in_hours: "48",
      staff_note: "",
    })
  })

  it("leaves the price empty when the request is not in UZS, and suggests party servings when none were asked", () => {
    const form = approveFormOf(suggestion({ currency_code: "usd", servings_wanted: null }))
    expect(form.final_price).toBe("")
    expect(form.final_servings).toBe("14")
  })

  it("sends numbers, reads spaces and a decimal comma, and leaves out an empty note", () => {
    const form = { final_price: "350 000", final_servings: "12", expires_in_hours: " 24 ", staff_note: "  " }
    expect(approveBodyOf(form)).toEqual({ final_price: 350000, final_servings: 12, expires_in_hours: 24 })
    expect(approveBodyOf({ ...form, final_price: "25,50", staff_note: " Gold leaf " })).toEqual({
      final_price: 25.5,
      final_servings: 12,
      expires_in_hours: 24,
      staff_note: "Gold leaf",
    })
  })

  it("refuses a comma used as a thousands separator instead of reading 350,000 as 350", () => {
    const form = { final_price: "350,000", final_servings: "12", expires_in_hours: "48", staff_note: "" }
    expect(() => approveBodyOf(form)).toThrow("Final price: write the amount in digits, e.g. 350000 or 350 000.")
  })

  it("names the field that is not a whole number", () => {
    const form = { final_price: "350000", final_servings: "12.5", expires_in_hours: "48", staff_note: "" }
    expect(() => approveBodyOf(form)).toThrow("Final servings: write a whole number.")
    expect(() => approveBodyOf({ ...form, final_servings: "12", expires_in_hours: "" })).toThrow(
      "Payment links expire after: write a whole number."
    )
  })
})

describe("the reject dialog", () => {
  it("needs a reason of at least 3 characters besides spaces", () => {
    expect(isReasonLongEnough(" no ")).toBe(false)
    expect(isReasonLongEnough("Too big")).toBe(true)
  })
})
