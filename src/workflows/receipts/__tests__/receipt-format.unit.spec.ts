import { formatMoney, formatPaidAt, formatRate } from "../receipt-format"
import { formatReceiptNumber } from "../receipt-number"

describe("formatMoney", () => {
  it("prints UZS as whole soʻm with spaces between thousands, named in each language", () => {
    expect(formatMoney("280000", "uzs", "ru")).toBe("280 000 сум")
    expect(formatMoney("1234567", "UZS", "uz")).toBe("1 234 567 soʻm")
    expect(formatMoney(999, "uzs", "en")).toBe("999 UZS")
  })

  it("rounds half up to the currency's digits without float errors", () => {
    expect(formatMoney("280000.5", "uzs", "ru")).toBe("280 001 сум")
    expect(formatMoney("280000.49", "uzs", "ru")).toBe("280 000 сум")
    expect(formatMoney("0.1", "usd", "en")).toBe("0.10 USD")
    expect(formatMoney("1234.565", "usd", "en")).toBe("1 234.57 USD")
    expect(formatMoney({ value: "1000000.005", precision: 20 }, "usd", "en")).toBe("1 000 000.01 USD")
  })

  it("writes USD with two decimals and the language's decimal mark", () => {
    expect(formatMoney(12, "usd", "en")).toBe("12.00 USD")
    expect(formatMoney(12.5, "usd", "ru")).toBe("12,50 USD")
  })

  it("puts a minus before negative amounts and never prints -0", () => {
    expect(formatMoney("-28000", "uzs", "ru")).toBe("-28 000 сум")
    expect(formatMoney("-0.4", "uzs", "ru")).toBe("0 сум")
  })
})

describe("receipt numbers, rates and times", () => {
  it("pads receipt numbers to six digits and keeps longer ones whole", () => {
    expect(formatReceiptNumber(42)).toBe("000042")
    expect(formatReceiptNumber(1234567)).toBe("1234567")
  })

  it("writes a float VAT rate with at most two decimals", () => {
    expect(formatRate(12)).toBe("12")
    expect(formatRate(12.5)).toBe("12.5")
    // what a PostgreSQL real gives back for 15.1
    expect(formatRate(15.100000381469727)).toBe("15.1")
  })

  it("prints the paid time in the seller's time zone, across midnight", () => {
    expect(formatPaidAt("2026-12-06T19:30:00.000Z", "Asia/Tashkent")).toBe("07.12.2026 00:30")
    expect(formatPaidAt("2026-12-06T18:59:00.000Z", "Asia/Tashkent")).toBe("06.12.2026 23:59")
  })
})
