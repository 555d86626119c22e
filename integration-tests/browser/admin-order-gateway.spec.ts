import { GATEWAY_ORDER } from "./gateway-order"
import { adminApi, openAdminPage, useBrowserPage, withFailureScreenshot } from "./session"

jest.setTimeout(120_000)

describe("admin: an order's Payme and Click transactions", () => {
  const browserPage = useBrowserPage()

  it("shows the order's performed Payme transaction on the order page", async () => {
    const { orders } = await adminApi<{ orders: { id: string; email: string }[] }>(`/admin/orders?q=${encodeURIComponent(GATEWAY_ORDER.email)}&fields=id,email`)
    const order = orders.find((candidate) => candidate.email === GATEWAY_ORDER.email)!
    const page = browserPage()
    await withFailureScreenshot(page, "admin-order-gateway", async () => {
      await openAdminPage(page, `/app/orders/${order.id}`)
      // The innermost block holding both the widget's heading and the transaction: the widget itself.
      const widget = page
        .locator("div")
        .filter({ has: page.getByRole("heading", { name: "Payme and Click" }) })
        .filter({ hasText: GATEWAY_ORDER.payme_id })
        .last()
      await widget.getByText("Performed", { exact: true }).first().waitFor()
      await widget.getByText("Payme · 180000 UZS").waitFor()
    })
  })
})
