import { HONEY_CAKE_DESCRIBED } from "../fixtures/cakes"
import { adminApi, BASE_URL, openAdminPage, useBrowserPage, withFailureScreenshot } from "./session"

jest.setTimeout(120_000)

type CustomCake = {
  id: string
  display_id: number
  status: string
  currency_code: string
  predicted_price: number
  final_price: number | null
  final_servings: number | null
  rejection_reason: string | null
  payment_expires_at: string | null
  payment_links: { provider_id: string; url: string }[]
}

const DAY_MS = 24 * 60 * 60 * 1000
const HOUR_MS = 60 * 60 * 1000

async function post<T>(pathname: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${BASE_URL}${pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`POST ${pathname} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

/*
 * The server runs in its own process, so the requests are made as a customer would, over HTTP: a new customer of the
 * "Web storefront" sales channel submits them.
 */
async function storeCustomerHeaders(): Promise<Record<string, string>> {
  const { api_keys } = await adminApi<{ api_keys: { title: string; token: string }[] }>("/admin/api-keys?type=publishable")
  const publishable = { "x-publishable-api-key": api_keys.find((key) => key.title === "Web storefront")!.token }
  const credentials = { email: `custom-cake-${Date.now()}@browser-test.dasturxon.local`, password: "cake-browser-test-1" }
  const registration = await post<{ token: string }>("/auth/customer/emailpass/register", credentials)
  await post(
    "/store/customers",
    { email: credentials.email, first_name: "Dilnoza", last_name: "Karimova" },
    { ...publishable, authorization: `Bearer ${registration.token}` }
  )
  const { token } = await post<{ token: string }>("/auth/customer/emailpass", credentials)
  return { ...publishable, authorization: `Bearer ${token}` }
}

const submitCustomCake = (headers: Record<string, string>, cakeMessage: string) =>
  post<{ custom_cake: CustomCake }>(
    "/store/custom-cakes",
    {
      features: HONEY_CAKE_DESCRIBED,
      colors: ["white"],
      cake_message: cakeMessage,
      wanted_at: new Date(Date.now() + 5 * DAY_MS).toISOString(),
      fulfillment: "PICKUP",
      servings_wanted: 12,
    },
    headers
  ).then(({ custom_cake }) => custom_cake)

const adminCustomCake = (id: string) =>
  adminApi<{ custom_cake: CustomCake }>(`/admin/custom-cakes/${id}`).then(({ custom_cake }) => custom_cake)

describe("admin: custom cakes", () => {
  const browserPage = useBrowserPage()
  let toApprove: CustomCake
  let toReject: CustomCake

  beforeAll(async () => {
    const headers = await storeCustomerHeaders()
    toApprove = await submitCustomCake(headers, "Happy birthday")
    toReject = await submitCustomCake(headers, "Happy birthday, Aziza")
  })

  it("approves a pending request from the queue with the suggested price, which sends payment links", async () => {
    expect(toApprove.status).toBe("PENDING_REVIEW")
    // the dialog suggests the predicted price only for a UZS request, and the seeded store sells in UZS
    expect(toApprove.currency_code).toBe("uzs")
    const page = browserPage()
    await withFailureScreenshot(page, "admin-custom-cakes-approve", async () => {
      await openAdminPage(page, "/app/custom-cakes")
      await page.getByRole("cell", { name: `#${toApprove.display_id}`, exact: true }).click()
      await page.waitForURL(`**/app/custom-cakes/${toApprove.id}`)
      await page.getByRole("heading", { name: `#${toApprove.display_id}`, exact: true }).waitFor()
      await page.getByText("Pending review", { exact: true }).first().waitFor()

      await page.getByRole("button", { name: "Approve", exact: true }).click()
      const dialog = page.getByRole("dialog")
      expect(await dialog.getByLabel("Final price (UZS)").inputValue()).toBe(String(toApprove.predicted_price))
      expect(await dialog.getByLabel("Final servings").inputValue()).toBe("12")
      expect(await dialog.getByLabel("Payment links expire after (hours)").inputValue()).toBe("48")
      await dialog.getByRole("button", { name: "Approve", exact: true }).click()

      await page.getByText("Custom cake approved").waitFor()
      await page.getByText("Awaiting payment", { exact: true }).first().waitFor()
      await page.getByRole("heading", { name: "Payment", exact: true }).waitFor()
      expect(await page.getByRole("button", { name: "Approve", exact: true }).count()).toBe(0)

      const approved = await adminCustomCake(toApprove.id)
      expect(approved).toMatchObject({
        status: "APPROVED_AWAITING_PAYMENT",
        final_price: toApprove.predicted_price,
        final_servings: 12,
      })
      const expiresInMs = Date.parse(approved.payment_expires_at!) - Date.now()
      expect(expiresInMs).toBeGreaterThan(47 * HOUR_MS)
      expect(expiresInMs).toBeLessThanOrEqual(48 * HOUR_MS)
      expect(approved.payment_links.length).toBeGreaterThan(0)
      for (const link of approved.payment_links) {
        await page.locator(`a[href="${link.url}"]`).waitFor()
      }
    })
  })

  it("rejects a pending request only once a reason of 3 or more characters is written", async () => {
    const reason = "We cannot make honey sponge this week."
    const page = browserPage()
    await withFailureScreenshot(page, "admin-custom-cakes-reject", async () => {
      // the first test logged in; the session cookie is still there
      await page.goto(`${BASE_URL}/app/custom-cakes`)
      await page.getByRole("cell", { name: `#${toReject.display_id}`, exact: true }).click()
      await page.waitForURL(`**/app/custom-cakes/${toReject.id}`)
      await page.getByRole("heading", { name: `#${toReject.display_id}`, exact: true }).waitFor()

      await page.getByRole("button", { name: "Reject", exact: true }).click()
      const dialog = page.getByRole("alertdialog")
      const confirm = dialog.getByRole("button", { name: "Reject", exact: true })
      await dialog.getByLabel("Reason").fill("No")
      expect(await confirm.isDisabled()).toBe(true)
      await dialog.getByLabel("Reason").fill(reason)
      await confirm.click()

      await page.getByText("Custom cake rejected").waitFor()
      await page.getByText("Rejected", { exact: true }).first().waitFor()
      await page.getByText(reason).first().waitFor()
      expect(await page.getByRole("button", { name: "Reject", exact: true }).count()).toBe(0)

      const rejected = await adminCustomCake(toReject.id)
      expect(rejected).toMatchObject({ status: "REJECTED", rejection_reason: reason, final_price: null })
    })
  })
})
