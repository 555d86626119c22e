import path from "node:path"
import { chromium, type Browser, type Page } from "playwright-core"
import { PENDING_APPLICATION } from "./fixtures"

/*
 * Runs against the built server that scripts/test.ts starts (BROWSER_BASE_URL) after integration-tests/browser/setup.ts
 * seeded it, with Debian's Chromium (CHROMIUM_PATH).
 */
jest.setTimeout(120_000)

const BASE_URL = process.env.BROWSER_BASE_URL!
const ADMIN = { email: process.env.ADMIN_EMAIL!, password: process.env.ADMIN_PASSWORD! }
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]

async function adminApi<T>(pathname: string): Promise<T> {
  const login = await fetch(`${BASE_URL}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  const response = await fetch(`${BASE_URL}${pathname}`, { headers: { authorization: `Bearer ${token}` } })
  expect(response.status).toBe(200)
  return (await response.json()) as T
}

describe("admin: baker applications", () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    if (!BASE_URL) throw new Error("BROWSER_BASE_URL is unset: run this layer with `npm test` or `npm test -- browser`.")
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: CHROMIUM_FLAGS })
    page = await browser.newPage()
    page.setDefaultTimeout(30_000)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("approves a pending application from the queue, which creates its bakery", async () => {
    try {
      await page.goto(`${BASE_URL}/app/baker-applications`)
      await page.locator('input[name="email"]').fill(ADMIN.email)
      await page.locator('input[name="password"]').fill(ADMIN.password)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL("**/app/baker-applications")

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
    } catch (error) {
      await page.screenshot({ path: path.join(process.env.BROWSER_ARTIFACTS_DIR ?? ".", "browser-admin-applications-failure.png"), fullPage: true })
      throw error
    }
  })
})
