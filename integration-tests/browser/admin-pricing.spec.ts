import { adminApi, openAdminPage, useBrowserPage, withFailureScreenshot } from "./session"

jest.setTimeout(120_000)

describe("admin: cake pricing", () => {
  const browserPage = useBrowserPage()

  it("shows the seeded model and retrains from the Pricing model page", async () => {
    const page = browserPage()
    await withFailureScreenshot(page, "admin-pricing-model", async () => {
      await openAdminPage(page, "/app/pricing")
      await page.getByText("Active", { exact: true }).first().waitFor()
      await page.getByRole("button", { name: "Retrain now" }).click()
      await page.getByText("Candidate", { exact: true }).first().waitFor()
      const { model_versions } = await adminApi<{ model_versions: { status: string }[] }>("/admin/pricing/models")
      expect(model_versions.map((version) => version.status)).toEqual(["CANDIDATE", "ACTIVE"])
    })
  })

  const openNapoleon16 = async () => {
    const { products } = await adminApi<{ products: { id: string; variants: { id: string; sku: string }[] }[] }>(
      "/admin/products?handle=napoleon&fields=id,variants.id,variants.sku"
    )
    const variant = products[0].variants.find((candidate) => candidate.sku === "NAPOLEON-16")!
    const page = browserPage()
    await page.goto(`${process.env.BROWSER_BASE_URL}/app/products/${products[0].id}/variants/${variant.id}`)
    return { page, variant }
  }

  it("suggests prices per size on a cake variant and applies one to the variant", async () => {
    const { page } = await openNapoleon16()
    await withFailureScreenshot(page, "admin-pricing-widget", async () => {
      await page.getByRole("heading", { name: "Suggested price" }).waitFor()
      // other specs on this server finalize prices too (an approved custom cake): count this one's own
      const before = await adminApi<{ overall: { count: number } }>("/admin/pricing/accuracy")
      await page.getByRole("button", { name: "Suggest", exact: true }).click()
      await page.getByRole("button", { name: "Apply", exact: true }).first().click()
      await page.getByText("Applied", { exact: true }).first().waitFor()
      const accuracy = await adminApi<{ overall: { count: number } }>("/admin/pricing/accuracy")
      expect(accuracy.overall.count).toBe(before.overall.count + 1)
    })
  })

  it("shows a cake variant's servings and lets staff set their own number", async () => {
    const { page, variant } = await openNapoleon16()
    await withFailureScreenshot(page, "admin-servings-widget", async () => {
      await page.getByText("Customers see: 6 (the shop's number)").waitFor()
      await page.getByText("8 party or 16 wedding slices", { exact: false }).waitFor()
      await page.getByLabel("Shop's number of servings").fill("9")
      await page.getByRole("button", { name: "Save", exact: true }).click()
      await page.getByText("Customers see: 9 (the shop's number)").waitFor()
      await page.getByRole("button", { name: "Use estimate" }).click()
      await page.getByText("Customers see: 8 (estimate)").waitFor()
      const servings = await adminApi<{ override: number | null }>(`/admin/pricing/variants/${variant.id}/servings`)
      expect(servings.override).toBeNull()
    })
  })
})
