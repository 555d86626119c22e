import { clickAmountToTiyin, tiyinToClickAmount } from "../amount"

describe("clickAmountToTiyin", () => {
  it.each([
    ["1000.00", 100000n],
    ["1000", 100000n],
    ["1000.5", 100050n],
    ["1000.05", 100005n],
    ["0.01", 1n],
    ["0", 0n],
    // Far above 2^53 tiyin: a float would lose the last digits.
    ["123456789012345678.99", 12345678901234567899n],
  ])("reads %p as %p tiyin", (amount, tiyin) => {
    expect(clickAmountToTiyin(amount)).toBe(tiyin)
  })

  it.each([["1000.001"], ["-1"], [""], ["1,5"], [" 1"], ["1e3"]])("refuses %p", (amount) => {
    expect(() => clickAmountToTiyin(amount)).toThrow("not a Click amount")
  })
})

describe("tiyinToClickAmount", () => {
  it.each([
    [100000n, "1000.00"],
    [100050n, "1000.50"],
    [5n, "0.05"],
    [0n, "0.00"],
    [12345678901234567899n, "123456789012345678.99"],
  ])("writes %p tiyin as %p", (tiyin, amount) => {
    expect(tiyinToClickAmount(tiyin)).toBe(amount)
  })

  it("refuses a negative amount", () => {
    expect(() => tiyinToClickAmount(-1n)).toThrow("negative")
  })

  it("round-trips with clickAmountToTiyin", () => {
    expect(clickAmountToTiyin(tiyinToClickAmount(987654321n))).toBe(987654321n)
  })
})
