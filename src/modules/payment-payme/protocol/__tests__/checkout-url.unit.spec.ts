import { MedusaError } from "@medusajs/framework/utils"
import { paymeCheckoutUrl } from ".."

const base = {
  checkoutUrl: "https://checkout.paycom.uz",
  merchantId: "587f72c72cac0d162c722ae2",
  accountField: "order_id",
}
const decoded = (url: string) => Buffer.from(url.slice(url.lastIndexOf("/") + 1), "base64").toString("utf8")

describe("paymeCheckoutUrl", () => {
  it("reproduces the official worked example", () => {
    expect(paymeCheckoutUrl({ ...base, accountValue: "197", amountTiyin: "500" })).toBe(
      "https://checkout.paycom.uz/bT01ODdmNzJjNzJjYWMwZDE2MmM3MjJhZTI7YWMub3JkZXJfaWQ9MTk3O2E9NTAw"
    )
  })

  it("adds the language and the return URL, and tolerates a trailing slash on the host", () => {
    const url = paymeCheckoutUrl({
      ...base,
      checkoutUrl: "https://test.paycom.uz/",
      accountValue: "pay_01J",
      amountTiyin: "12500000",
      lang: "uz",
      returnUrl: "https://dasturxon.uz/checkout/done/pay_01J",
    })
    expect(url.startsWith("https://test.paycom.uz/")).toBe(true)
    expect(url.slice("https://test.paycom.uz/".length)).not.toContain("/")
    expect(decoded(url)).toBe(
      "m=587f72c72cac0d162c722ae2;ac.order_id=pay_01J;a=12500000;l=uz;c=https://dasturxon.uz/checkout/done/pay_01J"
    )
  })

  it("uses the configured account field name", () => {
    const url = paymeCheckoutUrl({ ...base, accountField: "payment_id", accountValue: "7", amountTiyin: "100" })
    expect(decoded(url)).toBe("m=587f72c72cac0d162c722ae2;ac.payment_id=7;a=100")
  })

  it("refuses a return URL whose query would break the ;-separated format, saying why", () => {
    for (const returnUrl of ["https://dasturxon.uz/done?cart=1", "https://dasturxon.uz/done;x"]) {
      expect(() => paymeCheckoutUrl({ ...base, accountValue: "1", amountTiyin: "100", returnUrl })).toThrow(
        expect.objectContaining({
          type: MedusaError.Types.INVALID_DATA,
          message: expect.stringMatching(/return URL.*path/),
        })
      )
    }
  })

  it.each([
    ["accountValue", "1;a=1"],
    ["accountValue", ""],
    ["merchantId", "m=1"],
    ["accountField", "order;id"],
  ])("refuses %s %j", (field, value) => {
    expect(() => paymeCheckoutUrl({ ...base, accountValue: "1", amountTiyin: "100", [field]: value })).toThrow(
      expect.objectContaining({ type: MedusaError.Types.INVALID_DATA })
    )
  })

  it.each(["0", "-100", "1.5", "100.00", "", "1e3", " 100", "0100"])("refuses amountTiyin %j", (amountTiyin) => {
    expect(() => paymeCheckoutUrl({ ...base, accountValue: "1", amountTiyin })).toThrow(/whole number of tiyin/)
  })
})
