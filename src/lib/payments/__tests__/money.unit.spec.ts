import { soumToTiyin, tiyinToSoum } from "../money"

describe("soumToTiyin", () => {
  it("converts whole and fractional soum exactly, where a float would lose a tiyin", () => {
    expect(soumToTiyin(185000)).toBe(18_500_000n)
    expect(soumToTiyin("1.15")).toBe(115n)
    expect(soumToTiyin(1.15)).toBe(115n)
    expect(soumToTiyin("92233720368547758.07")).toBe(9_223_372_036_854_775_807n)
  })

  it("refuses amounts that are not a whole number of tiyin, or negative", () => {
    expect(() => soumToTiyin("1.155")).toThrow(/not a whole number of tiyin/)
    expect(() => soumToTiyin(-5)).toThrow(/not a whole number of tiyin/)
  })
})

describe("tiyinToSoum", () => {
  it("writes exact soum without trailing zeros", () => {
    expect(tiyinToSoum(18_500_000n)).toBe("185000")
    expect(tiyinToSoum(115n)).toBe("1.15")
    expect(tiyinToSoum(110n)).toBe("1.1")
    expect(tiyinToSoum(5n)).toBe("0.05")
    expect(tiyinToSoum(-250n)).toBe("-2.5")
  })
})
