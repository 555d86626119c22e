import path from "node:path"
import { chromium, type Browser, type Page } from "playwright-core"

/*
 * What every browser spec needs: the built server that scripts/test.ts starts (BROWSER_BASE_URL) after
 * integration-tests/browser/setup.ts seeded it, Debian's Chromium (CHROMIUM_PATH), and the admin's login.
 */
export const BASE_URL = process.env.BROWSER_BASE_URL!
export const ADMIN = { email: process.env.ADMIN_EMAIL!, password: process.env.ADMIN_PASSWORD! }

const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]

/** Opens Chromium for the spec file's tests and closes it after them; read the page through the returned getter. */
export function useBrowserPage(): () => Page {
  let browser: Browser | undefined
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
  return () => page
}

/** Opens an admin page, logging in on the way (the admin redirects to its login form first). */
export async function openAdminPage(page: Page, pathname: string): Promise<void> {
  await page.goto(`${BASE_URL}${pathname}`)
  await page.locator('input[name="email"]').fill(ADMIN.email)
  await page.locator('input[name="password"]').fill(ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(`**${pathname}`)
}

export async function adminApi<T>(pathname: string): Promise<T> {
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

/** Runs a browser check and keeps a full-page screenshot beside the server logs when it fails. */
export async function withFailureScreenshot(page: Page, name: string, check: () => Promise<void>): Promise<void> {
  try {
    await check()
  } catch (error) {
    await page.screenshot({ path: path.join(process.env.BROWSER_ARTIFACTS_DIR ?? ".", `browser-${name}-failure.png`), fullPage: true })
    throw error
  }
}
