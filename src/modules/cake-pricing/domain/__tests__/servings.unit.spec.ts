import { estimateServings } from "../servings"

// Portions: party 5×5 cm = 25 cm², wedding 2.5×5 cm = 12.5 cm², both per 10 cm of tier height.
describe("estimateServings", () => {
  it("cuts a 20 cm round, 10 cm tall, into 12 party or 25 wedding slices", () => {
    // π·10² = 314.16 cm²; 314.16 / 25 = 12.57 → 12; 314.16 / 12.5 = 25.13 → 25
    expect(estimateServings("round", [{ size_cm: 20, height_cm: 10 }])).toEqual({ party: 12, wedding: 25 })
  })

  it("cuts a 20 cm square into 16 party or 32 wedding slices", () => {
    // 20² = 400 cm²; 400 / 25 = 16; 400 / 12.5 = 32
    expect(estimateServings("square", [{ size_cm: 20, height_cm: 10 }])).toEqual({ party: 16, wedding: 32 })
  })

  it("counts a heart as 0.8 of its square", () => {
    // 0.8 · 20² = 320 cm²; 320 / 25 = 12.8 → 12; 320 / 12.5 = 25.6 → 25
    expect(estimateServings("heart", [{ size_cm: 20, height_cm: 10 }])).toEqual({ party: 12, wedding: 25 })
  })

  it("scales with tier height", () => {
    // 20 cm round, 15 cm tall: 314.16 · 1.5 = 471.24; / 25 = 18.85 → 18; / 12.5 = 37.70 → 37
    expect(estimateServings("round", [{ size_cm: 20, height_cm: 15 }])).toEqual({ party: 18, wedding: 37 })
    // 40×30 sheet, 5 cm tall: 1,200 · 0.5 = 600; / 25 = 24; / 12.5 = 48
    expect(estimateServings("sheet", [{ length_cm: 40, width_cm: 30, height_cm: 5 }])).toEqual({ party: 24, wedding: 48 })
  })

  it("sums the tiers before rounding down", () => {
    // 30/22/14 cm rounds, 10 cm tall: π·(15² + 11² + 7²) = π·395 = 1,240.93 cm²
    // party 1,240.93 / 25 = 49.64 → 49; wedding 1,240.93 / 12.5 = 99.27 → 99
    // (flooring each tier first would give 56 + 30 + 12 = 98 wedding slices)
    const tiers = [30, 22, 14].map((size_cm) => ({ size_cm, height_cm: 10 }))
    expect(estimateServings("round", tiers)).toEqual({ party: 49, wedding: 99 })
  })

  it("keeps an exact whole number of slices despite floating point", () => {
    // 50×9.2 sheet, 12.5 cm tall: 460 · 1.25 = 575 cm²; / 25 = 23; / 12.5 = 46
    // (in floating point 575 / 25 is 22.999999999999996, which a bare floor would make 22)
    expect(estimateServings("sheet", [{ length_cm: 50, width_cm: 9.2, height_cm: 12.5 }])).toEqual({ party: 23, wedding: 46 })
  })

  it("refuses tiers that do not match the shape", () => {
    expect(() => estimateServings("sheet", [{ size_cm: 20, height_cm: 10 }])).toThrow(
      "a sheet cake's tiers need length_cm and width_cm"
    )
  })
})
