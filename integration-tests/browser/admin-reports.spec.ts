import fs from "node:fs/promises"
import { type DayRange, RANGE_PRESETS, shopToday } from "../../src/admin/components/reports/range"
import type { SalesReport } from "../../src/modules/reports/sales"
import type { TodayFigures } from "../../src/workflows/reports/today-figures"
import { adminApi, BASE_URL, openAdminPage, useBrowserPage, withFailureScreenshot } from "./session"

jest.setTimeout(180_000)

/** As the page writes amounts: "180,000 UZS". */
const money = (value: number, currency: string) => `${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(value)} ${currency.toUpperCase()}`
const presetRange = (label: string) => RANGE_PRESETS.find((preset) => preset.label === label)!.range(shopToday())
const uzsSales = async ({ from, to }: DayRange) =>
  (await adminApi<SalesReport>(`/admin/reports/sales?from=${from}&to=${to}`)).currency_rows.find((row) => row.currency_code === "uzs")!

describe("admin: reports", () => {
  const browserPage = useBrowserPage()

  it("shows every report of the seeded orders, follows the range and downloads a table as CSV", async () => {
    const page = browserPage()
    const report = (title: string) => page.getByRole("region", { name: title, exact: true })
    const uzsTotals = () => report("Sales").getByLabel("Totals in UZS", { exact: true })
    /** Picks a preset and waits for the page to show the orders and gross the API answers for that range. */
    const showsPreset = async (label: string) => {
      const expected = await uzsSales(presetRange(label))
      await page.getByRole("button", { name: label, exact: true }).click()
      await uzsTotals().getByText(String(expected.orders), { exact: true }).waitFor()
      await uzsTotals().getByText(money(expected.gross, "uzs"), { exact: true }).first().waitFor()
      return expected
    }

    await withFailureScreenshot(page, "admin-reports", async () => {
      await openAdminPage(page, "/app/reports")
      // the page opens on the last 30 days: today's gateway order and the order setup.ts placed two days back
      await uzsTotals().waitFor()
      await report("Sales").getByLabel("Sales chart in UZS", { exact: true }).locator(".recharts-bar-rectangle").first().waitFor()
      await report("Sales").getByRole("region", { name: "By sales channel" }).getByText("Telegram", { exact: true }).waitFor()
      await report("Products").getByRole("region", { name: "Best sellers" }).getByText("Napoleon").first().waitFor()
      await report("Operations").getByRole("region", { name: "Payment failures per gateway" }).getByText("Payme", { exact: true }).waitFor()
      await report("Inventory turnover").waitFor()
      await report("Pricing error").waitFor()
      expect(await page.getByText("Could not load").count()).toBe(0)

      const today = await showsPreset("Today")
      const week = await showsPreset("Last 7 days")
      expect(week.orders).toBe(today.orders + 1)
      await page.getByLabel("From", { exact: true }).fill("2020-01-01")
      await page.getByLabel("To", { exact: true }).fill("2020-01-31")
      await report("Sales").getByText("No orders in this range.").waitFor()

      await showsPreset("Last 30 days")
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        report("Sales").getByRole("link", { name: "Download By sales channel as CSV" }).click(),
      ])
      const bytes = await fs.readFile((await download.path())!)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const [header, ...rows] = bytes.subarray(3).toString("utf8").split("\r\n")
      expect(header).toBe("sales_channel,currency_code,orders,canceled_orders,gross,discounts,total,refunds,net,average_order_value")
      expect(rows.some((row) => row.startsWith("Telegram,uzs,"))).toBe(true)
    })
  })

  it("shows today's orders, revenue and open tickets above the order list, with a link to the reports", async () => {
    const page = browserPage()
    const today = await adminApi<TodayFigures>("/admin/reports/today")
    const orders = today.sales.reduce((sum, row) => sum + row.orders, 0)
    expect(orders).toBeGreaterThan(0)
    await withFailureScreenshot(page, "admin-today-summary", async () => {
      // signed in by the test before
      await page.goto(`${BASE_URL}/app/orders`)
      const widget = page.getByLabel("Today so far", { exact: true })
      await widget.getByRole("heading", { name: `Today, ${today.date}` }).waitFor()
      await widget.getByText("Orders today").locator("..").getByText(String(orders), { exact: true }).waitFor()
      for (const row of today.sales) await widget.getByText(money(row.total, row.currency_code), { exact: true }).waitFor()
      await widget.getByText("Open production tickets").locator("..").getByText(String(today.open_tickets), { exact: true }).waitFor()
      await widget.getByRole("link", { name: "Open reports" }).click()
      await page.waitForURL("**/app/reports")
      await page.getByRole("heading", { name: "Reports", exact: true }).waitFor()
    })
  })
})
