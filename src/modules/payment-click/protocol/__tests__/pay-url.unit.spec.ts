import { clickPayUrl } from "../pay-url"

const base = {
  payUrl: "https://my.click.uz/services/pay",
  serviceId: "12345",
  merchantId: "678",
  amountTiyin: 1500050n,
  transactionParam: "order_01JABC",
}

describe("clickPayUrl", () => {
  it("puts the ids, the amount as N.NN soums and the order id as transaction_param on the pay page", () => {
    expect(clickPayUrl(base)).toBe(
      "https://my.click.uz/services/pay?service_id=12345&merchant_id=678&amount=15000.50&transaction_param=order_01JABC"
    )
  })

  it("URL-encodes return_url and adds merchant_user_id when given", () => {
    const url = new URL(
      clickPayUrl({ ...base, returnUrl: "https://shop.example/orders/1?x=a&y=b", merchantUserId: "99" })
    )
    expect(url.search).toContain("return_url=https%3A%2F%2Fshop.example%2Forders%2F1%3Fx%3Da%26y%3Db")
    expect(url.searchParams.get("return_url")).toBe("https://shop.example/orders/1?x=a&y=b")
    expect(url.searchParams.get("merchant_user_id")).toBe("99")
  })

  it("encodes a transaction_param with reserved characters", () => {
    const url = new URL(clickPayUrl({ ...base, transactionParam: "a&b=c" }))
    expect(url.searchParams.get("transaction_param")).toBe("a&b=c")
    expect(url.searchParams.get("amount")).toBe("15000.50")
  })
})
