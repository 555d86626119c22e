import { formatMoney } from "../money"

describe("money in the custom cake pages", () => {
  it("shows UZS as the pricing pages do and other currencies with their symbol", () => {
    expect(formatMoney(350000, "uzs")).toBe("350,000 UZS")
    expect(formatMoney(25.5, "usd")).toBe("US$25.50")
    expect(formatMoney(null, "uzs")).toBe("-")
  })
})
