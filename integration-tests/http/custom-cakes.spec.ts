import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { CAKE_PRICING_MODULE } from "../../src/modules/cake-pricing"
import type CakePricingModuleService from "../../src/modules/cake-pricing/service"
import { CUSTOM_CAKE_MODULE } from "../../src/modules/custom-cake"
import type CustomCakeModuleService from "../../src/modules/custom-cake/service"
import { GATEWAY_MODULE } from "../../src/modules/gateway"
import type GatewayModuleService from "../../src/modules/gateway/service"
import expireCustomCakeRequests from "../../src/jobs/expire-custom-cake-requests"
import { BAKERY_MODULE } from "../../src/modules/bakery"
import type BakeryModuleService from "../../src/modules/bakery/service"
import { createBakerWorkflow } from "../../src/workflows/baker/create-baker"
import { checkUpload } from "../../src/lib/uploads/check-upload"
import { startFakeStripe } from "../fakes/stripe"
import { HONEY_CAKE_DESCRIBED } from "../fixtures/cakes"
import { eventually } from "../helpers/eventually"
import { storeFixtures } from "../helpers/gateway-checkout"

jest.setTimeout(180_000)

const PAYME_KEY = "payme-live-key-0123456789abcdefghijklmn"
process.env.PAYME_MERCHANT_ID = "587f72c72cac0d162c722ae2"
process.env.PAYME_KEY = PAYME_KEY
process.env.PAYME_TEST_MODE = "false"
process.env.CLICK_SERVICE_ID = "30001"
process.env.CLICK_MERCHANT_ID = "20001"
process.env.CLICK_SECRET_KEY = "click-secret-0123456789"
process.env.CLICK_MERCHANT_USER_ID = "40001"
const STRIPE_KEY = "sk_test_dasturxon_custom_cakes_0123"
process.env.STRIPE_API_KEY = STRIPE_KEY
process.env.STRIPE_PUBLISHABLE_KEY = "pk_test_dasturxon_custom_cakes_0123"

// The fake Stripe's port is known once it runs; this hook runs before the runner boots the app (and reads the config).
let fakeStripe: Awaited<ReturnType<typeof startFakeStripe>>
beforeAll(async () => {
  fakeStripe = await startFakeStripe({ apiKey: STRIPE_KEY })
  process.env.STRIPE_API_BASE_URL = fakeStripe.url
})
afterAll(() => fakeStripe.close())

const DAY_MS = 24 * 3_600_000
// A real 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64")

const request = (overrides: Record<string, unknown> = {}) => ({
  features: HONEY_CAKE_DESCRIBED,
  colors: ["white", "gold"],
  cake_message: "С днём рождения, Малика!",
  wanted_at: new Date(Date.now() + 5 * DAY_MS).toISOString(),
  fulfillment: "PICKUP",
  servings_wanted: 12,
  ...overrides,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const customCakes = () => container().resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE)
    const gateway = () => container().resolve<GatewayModuleService>(GATEWAY_MODULE)
    const ADMIN = { email: "admin@test.dasturxon.local", password: "correct-horse-battery" }
    let admin: { authorization: string }
    let web: Record<string, string>
    let alice: Record<string, string>
    let bob: Record<string, string>
    let rpcId = 0

    const send = (method: "get" | "post", path: string, body?: unknown, headers: Record<string, string> = {}) =>
      (method === "post" ? api.post(path, body, { headers }) : api.get(path, { headers })).catch((error: any) => {
        if (!error.response) throw error
        return error.response
      })

    async function customerHeaders(email: string) {
      const password = "cake-lover-12345"
      const registration = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name: "Malika" }, { headers: { ...web, authorization: `Bearer ${registration.data.token}` } })
      const { token } = (await api.post("/auth/customer/emailpass", { email, password })).data
      return { ...web, authorization: `Bearer ${token}` }
    }

    beforeAll(async () => {
      await seedDemoStore(container(), { bakeries: false })
      await ensureAdminUser(container(), ADMIN)
      admin = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", ADMIN)).data.token}` }
      web = (await storeFixtures(api, container().resolve(ContainerRegistrationKeys.QUERY))).web
    })

    beforeEach(async () => {
      alice = await customerHeaders(`alice-${++rpcId}@example.uz`)
      bob = await customerHeaders(`bob-${rpcId}@example.uz`)
    })

    const submit = async (headers = alice, overrides: Record<string, unknown> = {}) => {
      const response = await send("post", "/store/custom-cakes", request(overrides), headers)
      expect(response.status).toBe(201)
      return response.data.custom_cake
    }
    const approve = (id: string, body: Record<string, unknown> = { final_price: 350_000, final_servings: 14 }) =>
      send("post", `/admin/custom-cakes/${id}/approve`, body, admin)

    const payme = (method: string, params: Record<string, unknown>) =>
      api
        .post("/hooks/payme", JSON.stringify({ id: ++rpcId, method, params }), {
          headers: { authorization: `Basic ${Buffer.from(`Paycom:${PAYME_KEY}`).toString("base64")}`, "content-type": "application/json" },
          transformRequest: [(data: unknown) => data],
        })
        .then((response: { data: any }) => response.data)

    /** Opens the Payme link as a browser would: our redirect to Payme's checkout, whose URL names the session and amount. */
    async function openPaymeLink(link: string) {
      const response = await api.get(new URL(link).pathname, { maxRedirects: 0, validateStatus: () => true })
      expect(response.status).toBe(302)
      expect(response.headers["referrer-policy"]).toBe("no-referrer")
      const fields = Object.fromEntries(
        Buffer.from(String(response.headers.location).split("/").pop()!, "base64").toString().split(";").map((pair) => pair.split("="))
      )
      return { session_id: fields["ac.order_id"] as string, amount: Number(fields.a) }
    }

    async function payWithPayme(link: string) {
      const { session_id, amount } = await openPaymeLink(link)
      const account = { order_id: session_id }
      expect(await payme("CheckPerformTransaction", { amount, account })).toMatchObject({ result: { allow: true } })
      const transaction = `6570a2c4e1b2c3d4e5f6a7${(rpcId % 256).toString(16).padStart(2, "0")}`
      expect(await payme("CreateTransaction", { id: transaction, time: Date.now(), amount, account })).toMatchObject({ result: { state: 1 } })
      return payme("PerformTransaction", { id: transaction })
    }

    describe("submitting", () => {
      it("prices a request with the pricing module, keeps its history and tells the customer", async () => {
        const cake = await submit()
        expect(cake).toMatchObject({
          status: "PENDING_REVIEW",
          display_id: expect.any(Number),
          currency_code: "uzs",
          colors: ["white", "gold"],
          cake_message: "С днём рождения, Малика!",
          fulfillment: "PICKUP",
          prediction_source: "model",
          // 20 cm round, 10 cm tall: π·10² = 314 cm² → 12 party slices, 25 wedding
          predicted_servings: { party: 12, wedding: 25 },
          final_price: null,
          payment_links: [],
        })
        expect(cake.predicted_price).toBeGreaterThan(50_000)
        expect(cake.predicted_price % 1000).toBe(0)
        expect(cake).not.toHaveProperty("customer")
        expect(cake.history).toEqual([expect.objectContaining({ from_status: null, to_status: "PENDING_REVIEW", actor_type: "customer" })])
        // the shop works out the recipe and the hours; 5 days ahead is no rush
        expect(cake.features).toMatchObject({ labor_hours: 3, rush: false, ingredients: expect.arrayContaining([expect.objectContaining({ ingredient_id: "ing_honey" })]) })

        const [logged] = await container().resolve<CakePricingModuleService>(CAKE_PRICING_MODULE).listPricePredictions({ context: "custom_cake" })
        expect(logged.predicted_price).toBe(cake.predicted_price)
        const notification = await eventually(async () => {
          const [sent] = await container().resolve(Modules.NOTIFICATION).listNotifications({ template: "custom_cake.submitted" })
          return sent
        }, "the submitted notification")
        expect(notification).toMatchObject({ channel: "email", to: expect.stringMatching(/^alice-/), data: expect.objectContaining({ display_id: cake.display_id }) })
        const [feed] = await container().resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed" })
        expect(feed?.data).toMatchObject({ title: `Custom cake #${cake.display_id} to review` })
      })

      it("marks a request due within 48 hours as rush, and refuses one due within 24 hours", async () => {
        const rush = await submit(alice, { wanted_at: new Date(Date.now() + 30 * 3_600_000).toISOString() })
        expect(rush.features.rush).toBe(true)
        const soon = await send("post", "/store/custom-cakes", request({ wanted_at: new Date(Date.now() + 3_600_000).toISOString() }), alice)
        expect(soon.status).toBe(400)
        expect(soon.data).toMatchObject({ code: "WANTED_DATE_TOO_SOON", message: expect.stringMatching(/at least 24 hours/) })
      })

      it("refuses missing and bad fields with 400 and stores nothing", async () => {
        const bad = {
          "no features": request({ features: undefined }),
          "7 tiers": request({ features: { ...HONEY_CAKE_DESCRIBED, tiers: Array.from({ length: 7 }, () => ({ size_cm: 20, height_cm: 10 })) } }),
          "a negative size": request({ features: { ...HONEY_CAKE_DESCRIBED, tiers: [{ size_cm: -20, height_cm: 10 }] } }),
          "delivery without an address": request({ fulfillment: "DELIVERY" }),
          "no wanted date": request({ wanted_at: undefined }),
          "an unknown field": request({ price: 1 }),
          "a 61-character message": request({ cake_message: "x".repeat(61) }),
        }
        for (const [name, body] of Object.entries(bad)) {
          const response = await send("post", "/store/custom-cakes", body, alice)
          expect([name, response.status]).toEqual([name, 400])
          expect(response.data.message).toEqual(expect.any(String))
        }
        expect(await customCakes().listCustomCakeRequests({})).toEqual([])
        expect((await send("post", "/store/custom-cakes", request(), web)).status).toBe(401)
      })
    })

    describe("reference photos", () => {
      const form = (files: { name: string; bytes: Buffer }[], body: unknown = request()) => {
        const data = new FormData()
        data.append("data", JSON.stringify(body))
        for (const file of files) data.append("images", new Blob([new Uint8Array(file.bytes)]), file.name)
        return data
      }
      const post = (data: FormData, path = "/store/custom-cakes", headers = alice) =>
        fetch(`${api.defaults.baseURL}${path}`, { method: "POST", body: data, headers }).then(async (response) => ({ status: response.status, data: await response.json() }))

      it("stores photos sent with a request privately and shows them only to their owner and staff", async () => {
        const created = await post(form([{ name: "My Cake.PNG", bytes: PNG }]))
        expect(created.status).toBe(201)
        const [image] = created.data.custom_cake.images
        // stored as checkUpload normalises every photo: re-encoded without metadata
        const stored = (await checkUpload(PNG, { name: "My Cake.PNG" })).content
        expect(image).toMatchObject({ mime_type: "image/png", size: stored.length, url: expect.stringMatching(/\/store\/custom-cakes\/ccake_.+\/images\/ccimg_/) })
        const path = new URL(image.url).pathname
        const own = await api.get(path, { headers: alice, responseType: "arraybuffer" })
        expect(own.headers["content-type"]).toBe("image/png")
        expect(Buffer.from(own.data).equals(stored)).toBe(true)
        expect((await send("get", path, undefined, bob)).status).toBe(404)
        const staff = await api.get(path.replace("/store/", "/admin/"), { headers: admin, responseType: "arraybuffer" })
        expect(Buffer.from(staff.data).equals(stored)).toBe(true)
        // not reachable as a public static file
        expect((await send("get", `/static/${image.id}`)).status).toBe(404)
      })

      it("attaches photos uploaded ahead by id, and refuses another customer's photo id", async () => {
        const uploaded = await post(form([{ name: "idea.png", bytes: PNG }]), "/store/custom-cakes/images")
        expect(uploaded.status).toBe(201)
        const [photo] = uploaded.data.images
        const stolen = await send("post", "/store/custom-cakes", request({ image_ids: [photo.id] }), bob)
        expect(stolen.status).toBe(400)
        expect(stolen.data.code).toBe("IMAGE_NOT_FOUND")
        const cake = await submit(alice, { image_ids: [photo.id] })
        expect(cake.images.map((image: { id: string }) => image.id)).toEqual([photo.id])
        const reused = await send("post", "/store/custom-cakes", request({ image_ids: [photo.id] }), alice)
        expect(reused.data.code).toBe("IMAGE_NOT_FOUND")
      })

      it("refuses a fake image, a sixth photo and one over 5 MB, keeping nothing", async () => {
        const fake = await post(form([{ name: "cake.png", bytes: Buffer.from("not an image at all") }]))
        expect(fake).toMatchObject({ status: 400, data: { code: "UNSUPPORTED_IMAGE_TYPE" } })
        const six = await post(form(Array.from({ length: 6 }, (_, index) => ({ name: `${index}.png`, bytes: PNG }))))
        expect(six).toMatchObject({ status: 400, data: { code: "TOO_MANY_IMAGES" } })
        const huge = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)])
        expect(await post(form([{ name: "huge.png", bytes: huge }]))).toMatchObject({ status: 413, data: { code: "IMAGE_TOO_LARGE" } })
        // a valid photo with a request refused later (too soon) is removed again
        const refused = await post(form([{ name: "ok.png", bytes: PNG }], request({ wanted_at: new Date().toISOString() })))
        expect(refused).toMatchObject({ status: 400, data: { code: "WANTED_DATE_TOO_SOON" } })
        expect(await customCakes().listCustomCakeRequests({})).toEqual([])
        expect(await customCakes().listCustomCakeImages({})).toEqual([])
      })
    })

    describe("review, payment and the kitchen", () => {
      it("goes the whole way: approve, pay through Payme, PAID with the order, production, COMPLETED", async () => {
        const cake = await submit()
        const approved = await approve(cake.id, { final_price: 350_000, final_servings: 14, staff_note: "Gold leaf on top" })
        expect(approved.status).toBe(200)
        expect(approved.data.custom_cake).toMatchObject({
          status: "APPROVED_AWAITING_PAYMENT",
          final_price: 350_000,
          final_servings: 14,
          staff_note: "Gold leaf on top",
          payment_links: [
            { provider_id: "pp_payme_payme", url: expect.stringMatching(/\/pay\/custom-cakes\/[\w-]{32}\/payme$/) },
            { provider_id: "pp_click_click", url: expect.stringMatching(/\/pay\/custom-cakes\/[\w-]{32}\/click$/) },
          ],
          customer: expect.objectContaining({ email: expect.stringMatching(/^alice-/) }),
        })
        const expiresIn = new Date(approved.data.custom_cake.payment_expires_at).getTime() - Date.now()
        expect(expiresIn).toBeGreaterThan(47.9 * 3_600_000)
        expect(expiresIn).toBeLessThanOrEqual(48 * 3_600_000)
        const [logged] = await container().resolve<CakePricingModuleService>(CAKE_PRICING_MODULE).listPricePredictions({ context: "custom_cake" })
        expect(logged).toMatchObject({ final_price: 350_000, difference: 350_000 - cake.predicted_price })

        const { data: [cart] } = (await container().resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "cart",
          fields: ["total", "items.title", "items.unit_price", "items.is_discountable", "items.requires_shipping"],
          filters: { id: approved.data.custom_cake.cart_id },
        })) as { data: any[] }
        expect(Number(cart.total)).toBe(350_000)
        expect(cart.items.map((item: any) => ({ ...item, unit_price: Number(item.unit_price) }))).toEqual([
          expect.objectContaining({ title: `Custom cake #${cake.display_id}`, unit_price: 350_000, is_discountable: false, requires_shipping: false }),
        ])

        const link = approved.data.custom_cake.payment_links[0].url
        const { amount } = await openPaymeLink(link)
        expect(amount).toBe(35_000_000)
        expect((await payWithPayme(link)).result).toMatchObject({ state: 2 })
        // the cart's only line has no product: the attempt takes the cake's seller, the shop itself
        expect(await gateway().listPaymeTransactions({}, { select: ["seller_id"] })).toEqual([expect.objectContaining({ seller_id: "store" })])

        const paid = await eventually(async () => {
          const response = await send("get", `/store/custom-cakes/${cake.id}`, undefined, alice)
          return response.data.custom_cake.status === "PAID" ? response.data.custom_cake : undefined
        }, "the custom cake to be PAID")
        expect(paid.order_id).toMatch(/^order_/)
        expect(paid.payment_links).toEqual([])
        const { data: [order] } = (await container().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["total", "customer_id"], filters: { id: paid.order_id } })) as { data: any[] }
        expect(Number(order.total)).toBe(350_000)

        for (const status of ["IN_PRODUCTION", "READY", "COMPLETED"]) {
          const moved = await send("post", `/admin/custom-cakes/${cake.id}/production`, { status }, admin)
          expect([status, moved.status, moved.data.custom_cake.status]).toEqual([status, 200, status])
        }
        const { data } = await send("get", `/admin/custom-cakes/${cake.id}`, undefined, admin)
        expect(data.custom_cake.history.map((line: any) => [line.to_status, line.actor_type])).toEqual([
          ["PENDING_REVIEW", "customer"],
          ["APPROVED_AWAITING_PAYMENT", "user"],
          ["PAID", "system"],
          ["IN_PRODUCTION", "user"],
          ["READY", "user"],
          ["COMPLETED", "user"],
        ])
        const paidNotice = await container().resolve(Modules.NOTIFICATION).listNotifications({ template: "custom_cake.paid" })
        expect(paidNotice.length).toBeGreaterThan(0)
      })

      it("offers a Click link that sends the customer to Click with the amount, and reuses its session when opened again", async () => {
        const cake = await submit()
        const links = (await approve(cake.id, { final_price: 275_000, final_servings: 12 })).data.custom_cake.payment_links
        const click = links.find((link: { provider_id: string }) => link.provider_id === "pp_click_click").url
        const open = () => api.get(new URL(click).pathname, { maxRedirects: 0, validateStatus: () => true })
        const first = await open()
        expect(first.status).toBe(302)
        const target = new URL(first.headers.location)
        expect(target.origin + target.pathname).toBe("https://my.click.uz/services/pay")
        expect(Object.fromEntries(target.searchParams)).toMatchObject({ service_id: "30001", merchant_id: "20001", amount: "275000.00" })
        expect((await open()).headers.location).toBe(first.headers.location)
      })

      it("offers a USD request a Stripe link whose card page carries the payment intent, and keeps the UZS pricing log untouched", async () => {
        const { data: regions } = await container().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "region", fields: ["id", "name"] })
        const international = regions.find((region: { name: string }) => region.name === "International")!.id
        const cake = await submit(alice, { region_id: international })
        expect(cake.currency_code).toBe("usd")
        const approved = (await approve(cake.id, { final_price: 42.5, final_servings: 12 })).data.custom_cake
        expect(approved.payment_links.map((link: { provider_id: string }) => link.provider_id)).toEqual(["pp_stripe_stripe"])
        const page = await api.get(new URL(approved.payment_links[0].url).pathname)
        expect(page.headers["content-type"]).toMatch(/^text\/html/)
        expect(page.headers["cache-control"]).toBe("no-store")
        expect(page.headers["content-security-policy"]).toMatch(/script-src 'unsafe-inline' https:\/\/js.stripe.com/)
        const created = fakeStripe.calls.find((call) => call.method === "POST" && call.path === "/v1/payment_intents")
        expect(created?.params).toMatchObject({ amount: "4250", currency: "usd" })
        const sessionId = (created!.params.metadata as { session_id: string }).session_id
        expect(page.data).toContain(JSON.stringify(fakeStripe.intentOfSession(sessionId)!.client_secret))
        expect(page.data).toContain('"pk_test_dasturxon_custom_cakes_0123"')
        const [logged] = await container().resolve<CakePricingModuleService>(CAKE_PRICING_MODULE).listPricePredictions({ context: "custom_cake" })
        expect(logged.final_price).toBeNull()
      })

      it("answers every illegal transition with 409 INVALID_STATUS_TRANSITION and changes nothing", async () => {
        const cake = await submit()
        const early = await send("post", `/admin/custom-cakes/${cake.id}/production`, { status: "IN_PRODUCTION" }, admin)
        expect(early.status).toBe(409)
        expect(early.data).toMatchObject({ code: "INVALID_STATUS_TRANSITION", message: expect.stringMatching(/PENDING_REVIEW and cannot become IN_PRODUCTION/) })
        const cancelPending = await send("post", `/store/custom-cakes/${cake.id}/cancel`, {}, alice)
        expect(cancelPending.data.code).toBe("INVALID_STATUS_TRANSITION")
        expect((await approve(cake.id)).status).toBe(200)
        expect((await approve(cake.id)).data.code).toBe("INVALID_STATUS_TRANSITION")
        expect((await send("post", `/admin/custom-cakes/${cake.id}/reject`, { reason: "Too late" }, admin)).status).toBe(409)
        const [row] = await customCakes().listCustomCakeRequests({ id: cake.id }, { relations: ["history"] })
        expect(row.status).toBe("APPROVED_AWAITING_PAYMENT")
        expect(row.history).toHaveLength(2)
      })

      it("lets only one of two simultaneous approvals through, with one cart", async () => {
        const cake = await submit()
        const answers = await Promise.all([approve(cake.id), approve(cake.id, { final_price: 400_000, final_servings: 16 })])
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
        const { data: carts } = await container().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["id", "metadata"] })
        expect(carts.filter((cart: any) => cart.metadata?.custom_cake_request_id === cake.id)).toHaveLength(1)
      })

      it("rejects with a reason the customer is told, and requires one", async () => {
        const cake = await submit()
        expect((await send("post", `/admin/custom-cakes/${cake.id}/reject`, {}, admin)).status).toBe(400)
        expect((await send("post", `/admin/custom-cakes/${cake.id}/reject`, { reason: "  " }, admin)).status).toBe(400)
        const rejected = await send("post", `/admin/custom-cakes/${cake.id}/reject`, { reason: "We cannot make a 5-tier cake by Friday" }, admin)
        expect(rejected.data.custom_cake).toMatchObject({ status: "REJECTED", rejection_reason: "We cannot make a 5-tier cake by Friday" })
        const notice = await eventually(async () => {
          const [sent] = await container().resolve(Modules.NOTIFICATION).listNotifications({ template: "custom_cake.rejected" })
          return sent
        }, "the rejected notification")
        expect(notice.data).toMatchObject({ rejection_reason: "We cannot make a 5-tier cake by Friday", locale: "ru" })
      })

      it("refuses bad approvals: no price, a negative price, 3 decimals, more than 14 days", async () => {
        const cake = await submit()
        for (const body of [{ final_servings: 10 }, { final_price: -5, final_servings: 10 }, { final_price: 1.005, final_servings: 10 }, { final_price: 10, final_servings: 10, expires_in_hours: 400 }]) {
          expect([body, (await approve(cake.id, body)).status]).toEqual([body, 400])
        }
        expect((await approve("ccake_missing")).status).toBe(404)
      })

      it("keeps the approved cart as approved: adding an item is refused with CUSTOM_CAKE_CART_LOCKED", async () => {
        const cake = await submit()
        const { cart_id } = (await approve(cake.id)).data.custom_cake
        const { data: variants } = await container().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id"], filters: { sku: "NAPOLEON-16" } })
        const added = await send("post", `/store/carts/${cart_id}/line-items`, { variant_id: variants[0].id, quantity: 1 }, alice)
        expect(added.status).toBe(400)
        expect(added.data.code).toBe("CUSTOM_CAKE_CART_LOCKED")
      })

      it("refuses to complete the approved cart through a provider its links did not offer (pay later)", async () => {
        const cake = await submit()
        const { cart_id } = (await approve(cake.id)).data.custom_cake
        const { payment_collection } = (await api.post("/store/payment-collections", { cart_id }, { headers: alice })).data
        await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: alice })
        const completed = await send("post", `/store/carts/${cart_id}/complete`, {}, alice)
        expect(completed.status).toBe(400)
        expect(completed.data).toMatchObject({ code: "CUSTOM_CAKE_NOT_PAYABLE", message: expect.stringMatching(/not pp_system_default/) })
        const [row] = await customCakes().listCustomCakeRequests({ id: cake.id })
        expect(row.status).toBe("APPROVED_AWAITING_PAYMENT")
      })
    })

    describe("cancellation and expiry", () => {
      it("lets the customer cancel an approval; its link then takes no payment", async () => {
        const cake = await submit()
        const link = (await approve(cake.id)).data.custom_cake.payment_links[0].url
        const { session_id, amount } = await openPaymeLink(link)
        const cancelled = await send("post", `/store/custom-cakes/${cake.id}/cancel`, {}, alice)
        expect(cancelled.data.custom_cake).toMatchObject({ status: "CANCELLED", payment_links: [] })
        expect((await payme("CheckPerformTransaction", { amount, account: { order_id: session_id } })).error).toBeDefined()
        const reopened = await send("get", new URL(link).pathname)
        expect(reopened.status).toBe(404)
        expect(reopened.data.code).toBe("PAYMENT_LINK_INVALID")
        // the customer's browser gets a page in their language instead
        const page = await api.get(new URL(link).pathname, { headers: { accept: "text/html", "accept-language": "uz-UZ,uz;q=0.9" }, validateStatus: () => true })
        expect(page.status).toBe(404)
        expect(page.headers["content-type"]).toMatch(/^text\/html/)
        expect(page.data).toContain("Bu toʻlov havolasi yaroqsiz.")
      })

      it("expires lapsed approvals in the job, and leaves the others", async () => {
        const lapsing = await submit()
        const open = await submit()
        const link = (await approve(lapsing.id)).data.custom_cake.payment_links[0].url
        await approve(open.id)
        await customCakes().updateCustomCakeRequests({ id: lapsing.id, payment_expires_at: new Date(Date.now() - 1000) })
        const lapsedLink = await send("get", new URL(link).pathname)
        expect(lapsedLink.data.code).toBe("CUSTOM_CAKE_NOT_PAYABLE")

        expect(await expireCustomCakeRequests(container())).toEqual({ expired: 1, skipped: 0 })
        const [expired, stillOpen] = await Promise.all([lapsing, open].map((cake) => send("get", `/store/custom-cakes/${cake.id}`, undefined, alice)))
        expect(expired.data.custom_cake.status).toBe("EXPIRED")
        expect(expired.data.custom_cake.history.at(-1)).toMatchObject({ actor_type: "system", note: "The payment link lapsed unpaid." })
        expect(stillOpen.data.custom_cake.status).toBe("APPROVED_AWAITING_PAYMENT")
        expect(await expireCustomCakeRequests(container())).toEqual({ expired: 0, skipped: 0 })
      })

      it("does not expire an approval Payme is paying right now", async () => {
        const cake = await submit()
        const link = (await approve(cake.id)).data.custom_cake.payment_links[0].url
        const { session_id, amount } = await openPaymeLink(link)
        await payme("CreateTransaction", { id: "6570a2c4e1b2c3d4e5f6a7ff", time: Date.now(), amount, account: { order_id: session_id } })
        await customCakes().updateCustomCakeRequests({ id: cake.id, payment_expires_at: new Date(Date.now() - 1000) })
        expect(await expireCustomCakeRequests(container())).toEqual({ expired: 0, skipped: 1 })
      })
    })

    describe("bakers", () => {
      let bakeries: { a: string; b: string }
      let bakerOf: { a: Record<string, string>; b: Record<string, string> }

      async function bakerHeaders(bakeryId: string, email: string) {
        const { result } = await createBakerWorkflow(container()).run({ input: { bakery_id: bakeryId, name: "Aziza", email, role: "owner" } })
        const password = "baker-password-123"
        const registration = (await api.post("/auth/baker/emailpass/register", { email, password })).data.token
        await api.post("/baker/invites/accept", { token: result.invite_token }, { headers: { authorization: `Bearer ${registration}` } })
        return { authorization: `Bearer ${(await api.post("/auth/baker/emailpass", { email, password })).data.token}` }
      }

      beforeEach(async () => {
        const [a, b] = await container().resolve<BakeryModuleService>(BAKERY_MODULE).createBakeries([
          { handle: `sariq-non-${rpcId}`, name: "Sariq Non" },
          { handle: `shirin-tort-${rpcId}`, name: "Shirin Tort" },
        ])
        bakeries = { a: a.id, b: b.id }
        bakerOf = { a: await bakerHeaders(a.id, `aziza-${rpcId}@sariq-non.uz`), b: await bakerHeaders(b.id, `bobur-${rpcId}@shirin.uz`) }
      })

      it("lets the request's bakery review and bake it, and hides it from other bakeries", async () => {
        const cake = await submit(alice, { bakery_id: bakeries.a })
        expect(cake.bakery).toEqual({ id: bakeries.a, name: "Sariq Non" })
        const queue = await send("get", "/baker/custom-cakes", undefined, bakerOf.a)
        expect(queue.data.custom_cakes.map((row: any) => row.id)).toEqual([cake.id])
        expect((await send("get", "/baker/custom-cakes", undefined, bakerOf.b)).data.count).toBe(0)
        for (const [method, path] of [["get", `/baker/custom-cakes/${cake.id}`], ["post", `/baker/custom-cakes/${cake.id}/approve`]] as const) {
          expect([path, (await send(method, path, { final_price: 1000, final_servings: 1 }, bakerOf.b)).status]).toEqual([path, 404])
        }
        const approved = await send("post", `/baker/custom-cakes/${cake.id}/approve`, { final_price: 300_000, final_servings: 12 }, bakerOf.a)
        expect(approved.data.custom_cake.history.at(-1)).toMatchObject({ to_status: "APPROVED_AWAITING_PAYMENT", actor_type: "baker" })
        expect((await payWithPayme(approved.data.custom_cake.payment_links[0].url)).result).toMatchObject({ state: 2 })
        expect(await gateway().listPaymeTransactions({}, { select: ["seller_id"] })).toEqual([expect.objectContaining({ seller_id: bakeries.a })])
        const paid = await eventually(async () => {
          const [row] = await customCakes().listCustomCakeRequests({ id: cake.id, status: "PAID" })
          return row
        }, "the bakery's cake to be PAID")
        // the order is linked to the bakery in the same workflow, just after the status changes
        const bakeryOfOrder = await eventually(async () => {
          const { data } = (await container().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["bakery.id"], filters: { id: paid.order_id! } })) as { data: any[] }
          return data[0]?.bakery?.id as string | undefined
        }, "the order's bakery")
        expect(bakeryOfOrder).toBe(bakeries.a)
        const started = await send("post", `/baker/custom-cakes/${cake.id}/production`, { status: "IN_PRODUCTION" }, bakerOf.a)
        expect(started.data.custom_cake.status).toBe("IN_PRODUCTION")
        expect((await send("get", `/baker/custom-cakes/${cake.id}`, undefined, bakerOf.a)).data.custom_cake.customer.email).toMatch(/^alice-/)
      })

      it("refuses a request to a suspended bakery with BAKERY_NOT_AVAILABLE", async () => {
        await container().resolve<BakeryModuleService>(BAKERY_MODULE).updateBakeries({ id: bakeries.b, status: "suspended" })
        const refused = await send("post", "/store/custom-cakes", request({ bakery_id: bakeries.b }), alice)
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("BAKERY_NOT_AVAILABLE")
      })
    })

    describe("privacy", () => {
      it("answers another customer's request with 404 on every store route, and lists only one's own", async () => {
        const cake = await submit(alice)
        await approve(cake.id)
        for (const [method, path] of [["get", `/store/custom-cakes/${cake.id}`], ["post", `/store/custom-cakes/${cake.id}/cancel`]] as const) {
          expect([path, (await send(method, path, {}, bob)).status]).toEqual([path, 404])
        }
        expect((await send("get", "/store/custom-cakes", undefined, bob)).data).toMatchObject({ custom_cakes: [], count: 0 })
        const own = await send("get", "/store/custom-cakes?status=APPROVED_AWAITING_PAYMENT", undefined, alice)
        expect(own.data.custom_cakes.map((row: any) => row.id)).toEqual([cake.id])
      })

      it("lists the admin's review queue with filters", async () => {
        const pending = await submit()
        const later = await submit(bob, { wanted_at: new Date(Date.now() + 20 * DAY_MS).toISOString() })
        const queue = await send("get", "/admin/custom-cakes?status=PENDING_REVIEW", undefined, admin)
        expect(queue.data.custom_cakes.map((row: any) => row.id)).toEqual([later.id, pending.id])
        const byNumber = await send("get", `/admin/custom-cakes?q=%23${pending.display_id}`, undefined, admin)
        expect(byNumber.data.custom_cakes.map((row: any) => row.id)).toEqual([pending.id])
        const byEmail = await send("get", "/admin/custom-cakes?q=bob-", undefined, admin)
        expect(byEmail.data.custom_cakes.map((row: any) => row.id)).toEqual([later.id])
        const soon = await send("get", `/admin/custom-cakes?wanted_to=${new Date(Date.now() + 10 * DAY_MS).toISOString()}`, undefined, admin)
        expect(soon.data.custom_cakes.map((row: any) => row.id)).toEqual([pending.id])
        expect((await send("get", "/admin/custom-cakes?status=DONE", undefined, admin)).status).toBe(400)
      })
    })
  },
})
