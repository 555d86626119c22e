import { limitPerOrderOf } from "../limit-per-order"

describe("limitPerOrderOf", () => {
  it("reads a whole positive number, as the admin stores it (text) or as a number", () => {
    expect(limitPerOrderOf({ limit_per_order: "3" })).toBe(3)
    expect(limitPerOrderOf({ limit_per_order: 5 })).toBe(5)
    expect(limitPerOrderOf({ limit_per_order: " 2 " })).toBe(2)
  })

  it("means no limit when unset, empty, zero, negative, fractional or not a number", () => {
    for (const value of [undefined, null, "", "0", 0, "-1", "1.5", "three"]) expect(limitPerOrderOf({ limit_per_order: value })).toBeNull()
    expect(limitPerOrderOf(null)).toBeNull()
  })
})
