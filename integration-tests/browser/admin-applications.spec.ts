import { PENDING_APPLICATION } from "./fixtures"
import { adminApi, openAdminPage, useBrowserPage, withFailureScreenshot } from "./session"

jest.setTimeout(120_000)

describe("admin: baker applications", () => {
  const browserPage = useBrowserPage()

  it("approves a pending application from the queue, which creates its bakery", async () => {
    const page = browserPage()
    await withFailureScreenshot(page, "admin-applications", async () => {
      await openAdminPage(page, "/app/baker-applications")

      await page.getByRole("cell", { name: PENDING_APPLICATION.email }).click()
      await page.waitForURL("**/app/baker-applications/*")
      const applicationId = page.url().split("/").pop()!
      await page.getByRole("heading", { name: PENDING_APPLICATION.applicant_name }).waitFor()
      await page.getByRole("button", { name: "Approve", exact: true }).click()
      await page.getByRole("alertdialog").getByRole("button", { name: "Approve", exact: true }).click()

      await page.getByText("Application approved").waitFor()
      await page.getByText("Approved", { exact: true }).waitFor()
      expect(await page.getByRole("button", { name: "Approve", exact: true }).count()).toBe(0)

      const { baker_application } = await adminApi<{ baker_application: { status: string; decided_by: string | null } }>(
        `/admin/baker-applications/${applicationId}`
      )
      expect(baker_application.status).toBe("approved")
      expect(baker_application.decided_by).toBeTruthy()
      const { bakeries } = await adminApi<{ bakeries: { handle: string; status: string }[] }>(
        `/admin/bakeries?q=${encodeURIComponent(PENDING_APPLICATION.new_bakery.name)}`
      )
      expect(bakeries).toEqual([expect.objectContaining({ handle: PENDING_APPLICATION.new_bakery.handle, status: "active" })])
    })
  })
})
