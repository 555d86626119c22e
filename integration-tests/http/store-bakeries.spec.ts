import { createHash } from "node:crypto"
import {
  completeOrderWorkflow,
  createOrderFulfillmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import BakeryOrderLink from "../../src/links/bakery-order"
import { BAKERY_MODULE } from "../../src/modules/bakery"
import type BakeryModuleService from "../../src/modules/bakery/service"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { linkOrderToBakeryWorkflow } from "../../src/workflows/storefront/link-order-to-bakery"
import { createBakeryReviewStep, type CreateBakeryReviewInput } from "../../src/workflows/storefront/steps/create-bakery-review"
import { refreshBakeryRatingStep } from "../../src/workflows/storefront/steps/refresh-bakery-rating"

jest.setTimeout(180_000)

const ALWAYS_OPEN = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "00:00", closes: "24:00" }))
const ADDRESS = { first_name: "Dilnoza", last_name: "Karimova", address_1: "Mustaqillik 5", city: "Bukhara", country_code: "uz", phone: "+998901112233" }
const CUSTOMERS = {
  first: { email: "first-customer@test.dasturxon.local", password: "first-customer-pw" },
  second: { email: "second-customer@test.dasturxon.local", password: "second-customer-pw" },
}

const failAfterRatingStep = createStep("fail-after-rating", async (_rating: { rating_count: number }) => {
  throw new Error("failing on purpose after the rating was recomputed")
})

/** The review steps followed by one that fails, to watch their compensations run. */
const reviewThenFailWorkflow = createWorkflow("test-review-then-fail", (input: CreateBakeryReviewInput) => {
  createBakeryReviewStep(input)
  const rating = refreshBakeryRatingStep({ bakery_id: input.bakery_id })
  failAfterRatingStep(rating)
  return new WorkflowResponse(void 0)
})

type Response = { status: number; data: any; headers: Record<string, string> }
type Ids = Record<string, string>

// One suite for the whole store side of the marketplace (each suite pays a fresh migration); the database is
// restored to the state after beforeAll before every test, so each test starts from the same bakeries and orders.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const send = (request: Promise<any>): Promise<Response> =>
      request.catch((error: any) => {
        if (!error.response) throw error
        return error.response
      })

    const bakery: Ids = {}
    const product: Ids = {}
    const variant: Ids = {}
    const order: Ids = {}
    const token: Ids = {}
    let keys: { web: string; telegram: string }
    let regionId: string
    let web: Record<string, string>

    const container = (): MedusaContainer => getContainer()
    const bakeries = () => container().resolve<BakeryModuleService>(BAKERY_MODULE)
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    const asCustomer = (name: keyof typeof CUSTOMERS) => ({ ...web, authorization: `Bearer ${token[name]}` })

    let ipCounter = 0
    /** The rate limit counts per IP and outlives the per-test database restore, so each test applies from its own. */
    const fromNewIp = () => ({ ...web, "x-forwarded-for": `10.20.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}` })

    async function count(entity: string, filters: Record<string, unknown> = {}) {
      const { metadata } = await query().graph({ entity, fields: ["id"], filters, pagination: { skip: 0, take: 1 } })
      return metadata?.count ?? 0
    }

    async function registerCustomer({ email, password }: { email: string; password: string }) {
      const registration = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name: "Test" }, { headers: { ...web, authorization: `Bearer ${registration.data.token}` } })
      return (await api.post("/auth/customer/emailpass", { email, password })).data.token as string
    }

    /** A full Store API checkout of one item; returns the order id once order.placed has been handled. */
    async function placeOrder(variantId: string, customer: keyof typeof CUSTOMERS) {
      const headers = asCustomer(customer)
      const { cart } = (await api.post("/store/carts", { region_id: regionId, shipping_address: ADDRESS, items: [{ variant_id: variantId, quantity: 1 }] }, { headers })).data
      const { shipping_options } = (await api.get(`/store/shipping-options?cart_id=${cart.id}`, { headers })).data
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, { headers })
      const { payment_collection } = (await api.post("/store/payment-collections", { cart_id: cart.id }, { headers })).data
      await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers })
      const placed = TestEventUtils.waitSubscribersExecution("order.placed", container().resolve(Modules.EVENT_BUS))
      const completed = (await api.post(`/store/carts/${cart.id}/complete`, {}, { headers })).data
      expect(completed.type).toBe("order")
      await placed
      return completed.order.id as string
    }

    async function orderBakeryIds(orderId: string): Promise<string[]> {
      const { data } = await query().graph({ entity: BakeryOrderLink.entryPoint, fields: ["bakery_id"], filters: { order_id: orderId } })
      return data.map((link: { bakery_id: string }) => link.bakery_id)
    }

    /** Fulfils and delivers an order placed by placeOrder (one item, quantity 1). */
    async function deliverEverything(orderId: string) {
      const { data } = await query().graph({ entity: "order", fields: ["items.id"], filters: { id: orderId } })
      const items = (data[0].items ?? []).flatMap((item: { id: string } | null) => (item ? [{ id: item.id, quantity: 1 }] : []))
      const { result: fulfillment } = await createOrderFulfillmentWorkflow(container()).run({ input: { order_id: orderId, items } })
      await markOrderFulfillmentAsDeliveredWorkflow(container()).run({ input: { orderId, fulfillmentId: fulfillment.id } })
    }

    beforeAll(async () => {
      const summary = await seedDemoStore(container(), { bakeries: false })
      keys = { web: summary.publishableKeyTokens["Web storefront"], telegram: summary.publishableKeyTokens["Telegram storefront"] }
      web = { "x-publishable-api-key": keys.web }
      const { data: regions } = await query().graph({ entity: "region", fields: ["id"], filters: { name: "Uzbekistan" } })
      regionId = regions[0].id

      const created = await bakeries().createBakeries([
        { handle: "tandir-non", name: "Tandir Non", opening_hours: ALWAYS_OPEN as any, rating_average: 5, rating_count: 1 },
        { handle: "samarqand-shirin", name: "Samarqand Shirinliklari", timezone: "Asia/Samarkand", rating_average: 4.8, rating_count: 5 },
        { handle: "yopiq-pishiriq", name: "Yopiq Pishiriq", opening_hours: ALWAYS_OPEN as any, status: "suspended", suspension_reason: "test" },
      ])
      ;[bakery.a, bakery.b, bakery.suspended] = created.map((entry) => entry.id)
      // A's rating_average 5 / count 1 comes from this review of an order outside the tests.
      await bakeries().createBakeryReviews({ bakery_id: bakery.a, customer_id: "cus_elsewhere", order_id: "order_elsewhere", rating: 5 })

      const { data: products } = await query().graph({ entity: "product", fields: ["id", "handle", "variants.id"] })
      for (const entry of products) {
        product[entry.handle] = entry.id
        variant[entry.handle] = entry.variants[0]!.id
      }
      const productModule = container().resolve(Modules.PRODUCT)
      const [draftCake, telegramCake] = await productModule.createProducts([
        { title: "Draft cake", handle: "draft-cake", status: "draft" },
        { title: "Telegram-only cake", handle: "telegram-only-cake", status: "published" },
      ])
      product["draft-cake"] = draftCake.id
      product["telegram-only-cake"] = telegramCake.id
      const { data: channels } = await query().graph({ entity: "sales_channel", fields: ["id", "name"] })
      const channelId = (name: string) => channels.find((channel: { name: string }) => channel.name === name)!.id
      const link = container().resolve(ContainerRegistrationKeys.LINK)
      await link.create([
        { [Modules.PRODUCT]: { product_id: draftCake.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channelId("Web") } },
        { [Modules.PRODUCT]: { product_id: telegramCake.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channelId("Telegram") } },
      ])
      const sells = (bakeryId: string, handles: string[]) =>
        handles.map((handle) => ({ [BAKERY_MODULE]: { bakery_id: bakeryId }, [Modules.PRODUCT]: { product_id: product[handle] } }))
      await link.create([
        ...sells(bakery.a, ["napoleon", "medovik", "draft-cake", "telegram-only-cake"]),
        ...sells(bakery.b, ["red-velvet", "chocolate-truffle"]),
        ...sells(bakery.suspended, ["wedding-two-tier-vanilla"]),
      ])

      token.first = await registerCustomer(CUSTOMERS.first)
      token.second = await registerCustomer(CUSTOMERS.second)
      order.completedFromA = await placeOrder(variant.napoleon, "first")
      order.pendingFromA = await placeOrder(variant.medovik, "first")
      order.completedFromStore = await placeOrder(variant["red-roses-bouquet"], "first")
      order.deliveredFromA = await placeOrder(variant.napoleon, "first")
      await deliverEverything(order.deliveredFromA)
      await completeOrderWorkflow(container()).run({ input: { orderIds: [order.completedFromA, order.completedFromStore] } })
    })

    describe("GET /store/bakeries", () => {
      it("lists active bakeries only, best rated first, without staff fields", async () => {
        const response = await api.get("/store/bakeries", { headers: web })
        expect(response.status).toBe(200)
        expect(response.data).toMatchObject({ count: 2, offset: 0, limit: 20 })
        expect(response.data.bakeries.map((entry: { handle: string }) => entry.handle)).toEqual(["tandir-non", "samarqand-shirin"])
        const [first] = response.data.bakeries
        expect(first).toMatchObject({ id: bakery.a, name: "Tandir Non", rating_average: 5, rating_count: 1, open_now: true, timezone: "Asia/Tashkent" })
        expect(first.opening_hours).toHaveLength(7)
        expect(first).not.toHaveProperty("status")
        expect(first).not.toHaveProperty("suspension_reason")
      })

      it("searches by name, case-insensitively", async () => {
        const response = await api.get("/store/bakeries?q=SAMARQAND", { headers: web })
        expect(response.data.bakeries.map((entry: { id: string }) => entry.id)).toEqual([bakery.b])
        expect(response.data.count).toBe(1)
        expect((await api.get("/store/bakeries?q=%25", { headers: web })).data.count).toBe(0)
      })

      it("filters by open_now in each bakery's own time zone", async () => {
        const open = await api.get("/store/bakeries?open_now=true", { headers: web })
        expect(open.data.bakeries.map((entry: { id: string }) => entry.id)).toEqual([bakery.a])
        expect(open.data.count).toBe(1)
        const closed = await api.get("/store/bakeries?open_now=false", { headers: web })
        expect(closed.data.bakeries.map((entry: { id: string; open_now: boolean }) => [entry.id, entry.open_now])).toEqual([[bakery.b, false]])
      })

      it("pages with limit and offset and sorts by name", async () => {
        const page = await api.get("/store/bakeries?limit=1&offset=1&order=name", { headers: web })
        expect(page.data).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(page.data.bakeries.map((entry: { handle: string }) => entry.handle)).toEqual(["tandir-non"])
        const openPage = await api.get("/store/bakeries?open_now=true&limit=1&offset=1", { headers: web })
        expect(openPage.data).toMatchObject({ count: 1, bakeries: [] })
      })

      it("answers 400 naming the parameter for an unknown order, open_now value or parameter", async () => {
        for (const [path, word] of [
          ["/store/bakeries?order=status", "order"],
          ["/store/bakeries?open_now=yes", "open_now"],
          ["/store/bakeries?status=suspended", "status"],
          ["/store/bakeries?limit=0", "limit"],
        ]) {
          const response = await send(api.get(path, { headers: web }))
          expect(response.status).toBe(400)
          expect(response.data.message).toContain(word)
        }
      })

      it("needs a publishable key, as Medusa's store routes do", async () => {
        const response = await send(api.get("/store/bakeries"))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("x-publishable-api-key")
      })
    })

    describe("GET /store/bakeries/:handle", () => {
      it("shows the profile, hours, open_now and the published products of the key's sales channel", async () => {
        const response = await api.get("/store/bakeries/tandir-non", { headers: web })
        expect(response.status).toBe(200)
        expect(response.data.bakery).toMatchObject({ id: bakery.a, handle: "tandir-non", open_now: true, rating_average: 5 })
        expect(response.data.bakery.opening_hours).toEqual(ALWAYS_OPEN)
        expect(response.data.bakery.products.map((entry: { handle: string }) => entry.handle).sort()).toEqual(["medovik", "napoleon"])
        expect(response.data.bakery.products[0]).toEqual(
          expect.objectContaining({ id: expect.any(String), title: expect.any(String), thumbnail: expect.any(String) })
        )

        const telegram = await api.get("/store/bakeries/tandir-non", { headers: { "x-publishable-api-key": keys.telegram } })
        expect(telegram.data.bakery.products.map((entry: { handle: string }) => entry.handle).sort()).toEqual([
          "medovik",
          "napoleon",
          "telegram-only-cake",
        ])
      })

      it("answers 404 for an unknown or suspended bakery", async () => {
        for (const handle of ["no-such-bakery", "yopiq-pishiriq"]) {
          const response = await send(api.get(`/store/bakeries/${handle}`, { headers: web }))
          expect(response.status).toBe(404)
          expect(response.data.message).toContain(handle)
        }
      })
    })

    describe("GET /store/products", () => {
      const handles = (response: Response) => response.data.products.map((entry: { handle: string }) => entry.handle).sort()

      it("filters by bakery_id, combined with Medusa's own filters", async () => {
        const ofA = await api.get(`/store/products?bakery_id=${bakery.a}&fields=handle`, { headers: web })
        expect(handles(ofA)).toEqual(["medovik", "napoleon"])
        expect(ofA.data.count).toBe(2)
        const narrowed = await api.get(`/store/products?bakery_id=${bakery.a}&handle=napoleon&fields=handle`, { headers: web })
        expect(handles(narrowed)).toEqual(["napoleon"])
        const unknown = await api.get("/store/products?bakery_id=bkry_unknown", { headers: web })
        expect(unknown.data).toMatchObject({ products: [], count: 0 })
      })

      it("hides a suspended bakery's products from listings and answers 404 for them", async () => {
        const all = await api.get("/store/products?limit=100&fields=handle", { headers: web })
        expect(handles(all)).toContain("napoleon")
        expect(handles(all)).toContain("red-roses-bouquet")
        expect(handles(all)).not.toContain("wedding-two-tier-vanilla")
        expect(all.data.count).toBe(all.data.products.length)

        expect((await api.get(`/store/products?bakery_id=${bakery.suspended}`, { headers: web })).data.count).toBe(0)
        const retrieved = await send(api.get(`/store/products/${product["wedding-two-tier-vanilla"]}`, { headers: web }))
        expect(retrieved.status).toBe(404)
        expect((await api.get(`/store/products/${product.napoleon}`, { headers: web })).status).toBe(200)

        const variants = await api.get("/store/product-variants?limit=200&fields=id", { headers: web })
        expect(variants.data.variants.map((entry: { id: string }) => entry.id)).not.toContain(variant["wedding-two-tier-vanilla"])
        expect((await send(api.get(`/store/product-variants/${variant["wedding-two-tier-vanilla"]}`, { headers: web }))).status).toBe(404)
      })

      it("hides a bakery's products as soon as it is suspended, without changing them", async () => {
        await bakeries().updateBakeries({ id: bakery.a, status: "suspended" })
        const all = await api.get("/store/products?limit=100&fields=handle", { headers: web })
        expect(handles(all)).not.toContain("napoleon")
        expect((await send(api.get(`/store/products/${product.napoleon}`, { headers: web }))).status).toBe(404)
        const [napoleon] = await container().resolve(Modules.PRODUCT).listProducts({ id: product.napoleon })
        expect(napoleon.status).toBe("published")
      })

      it("keeps Medusa's 400 for other unknown parameters and refuses a bakery_id list", async () => {
        expect((await send(api.get("/store/products?bakery=x", { headers: web }))).status).toBe(400)
        const list = await send(api.get(`/store/products?bakery_id[]=${bakery.a}&bakery_id[]=${bakery.b}`, { headers: web }))
        expect(list.status).toBe(400)
        expect(list.data.message).toContain("bakery_id")
      })
    })

    describe("carts: one seller per cart", () => {
      const newCart = async (items: { variant_id: string; quantity: number }[] = []) =>
        (await api.post("/store/carts", { region_id: regionId, items }, { headers: web })).data.cart
      const addItem = (cartId: string, variantId: string) =>
        send(api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, { headers: web }))
      const cartProducts = async (cartId: string) => {
        const { data } = await query().graph({ entity: "cart", fields: ["items.product_id"], filters: { id: cartId } })
        return data[0].items.map((item: any) => item.product_id).sort()
      }

      it("adds more items of the same bakery", async () => {
        const cart = await newCart([{ variant_id: variant.napoleon, quantity: 1 }])
        expect((await addItem(cart.id, variant.medovik)).status).toBe(200)
        expect(await cartProducts(cart.id)).toEqual([product.napoleon, product.medovik].sort())
      })

      it("refuses a second seller's item with 409 CART_SELLER_MISMATCH naming both, and leaves the cart unchanged", async () => {
        const cart = await newCart([{ variant_id: variant.napoleon, quantity: 1 }])
        const otherBakery = await addItem(cart.id, variant["red-velvet"])
        expect(otherBakery.status).toBe(409)
        expect(otherBakery.data.code).toBe("CART_SELLER_MISMATCH")
        expect(otherBakery.data.message).toContain('"Tandir Non"')
        expect(otherBakery.data.message).toContain('"Samarqand Shirinliklari"')

        const storeItem = await addItem(cart.id, variant["red-roses-bouquet"])
        expect(storeItem.status).toBe(409)
        expect(storeItem.data.message).toContain("the store itself")
        expect(await cartProducts(cart.id)).toEqual([product.napoleon])
      })

      it("keeps the store's own items apart from a bakery's", async () => {
        const cart = await newCart([{ variant_id: variant["red-roses-bouquet"], quantity: 1 }])
        expect((await addItem(cart.id, variant["spring-tulips-bouquet"])).status).toBe(200)
        const bakeryItem = await addItem(cart.id, variant.napoleon)
        expect(bakeryItem.status).toBe(409)
        expect(bakeryItem.data.message).toMatch(/the store itself.*"Tandir Non"/)
      })

      it("lets exactly one of two concurrent additions of different bakeries into an empty cart", async () => {
        const cart = await newCart()
        const answers = await Promise.all([addItem(cart.id, variant.napoleon), addItem(cart.id, variant["red-velvet"])])
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
        expect(answers.find((answer) => answer.status === 409)!.data.code).toBe("CART_SELLER_MISMATCH")
        const winner = answers[0].status === 200 ? product.napoleon : product["red-velvet"]
        expect(await cartProducts(cart.id)).toEqual([winner])
      })

      it("refuses to create a cart with two sellers' items and creates nothing", async () => {
        const before = await count("cart")
        const response = await send(
          api.post(
            "/store/carts",
            { region_id: regionId, items: [{ variant_id: variant.napoleon, quantity: 1 }, { variant_id: variant["red-velvet"], quantity: 1 }] },
            { headers: web }
          )
        )
        expect(response.status).toBe(409)
        expect(response.data.code).toBe("CART_SELLER_MISMATCH")
        expect(await count("cart")).toBe(before)
      })

      it("refuses a suspended bakery's product with 400 BAKERY_SUSPENDED", async () => {
        const cart = await newCart()
        const response = await addItem(cart.id, variant["wedding-two-tier-vanilla"])
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("BAKERY_SUSPENDED")
        expect(response.data.message).toContain("Yopiq Pishiriq")
        expect(await cartProducts(cart.id)).toEqual([])
        const created = await send(
          api.post("/store/carts", { region_id: regionId, items: [{ variant_id: variant["wedding-two-tier-vanilla"], quantity: 1 }] }, { headers: web })
        )
        expect(created.status).toBe(400)
        expect(created.data.code).toBe("BAKERY_SUSPENDED")
      })
    })

    describe("orders", () => {
      it("links a placed order to the bakery of its items and leaves the store's own orders unlinked", async () => {
        expect(await orderBakeryIds(order.completedFromA)).toEqual([bakery.a])
        expect(await orderBakeryIds(order.pendingFromA)).toEqual([bakery.a])
        expect(await orderBakeryIds(order.completedFromStore)).toEqual([])
      })

      it("changes nothing when the order is linked again", async () => {
        const runs = await Promise.all([1, 2].map(() => linkOrderToBakeryWorkflow(container()).run({ input: { order_id: order.completedFromA } })))
        expect(runs.map(({ result }) => result.bakery_id)).toEqual([bakery.a, bakery.a])
        expect(await orderBakeryIds(order.completedFromA)).toEqual([bakery.a])
      })
    })

    describe("POST /store/bakeries/:id/reviews", () => {
      const review = (customer: keyof typeof CUSTOMERS, body: Record<string, unknown>, bakeryId = bakery.a) =>
        send(api.post(`/store/bakeries/${bakeryId}/reviews`, body, { headers: asCustomer(customer) }))
      const ratingOfA = async () => {
        const [entry] = await bakeries().listBakeries({ id: bakery.a }, { select: ["rating_average", "rating_count"] })
        return { rating_average: entry.rating_average, rating_count: entry.rating_count }
      }
      const unchanged = async () => {
        expect(await count("bakery_review")).toBe(1)
        expect(await ratingOfA()).toEqual({ rating_average: 5, rating_count: 1 })
      }

      it("records the customer's review of a completed order and recomputes the bakery's rating", async () => {
        const response = await review("first", { order_id: order.completedFromA, rating: 4, text: "Fresh and soft" })
        expect(response.status).toBe(201)
        expect(response.data.review).toMatchObject({ rating: 4, text: "Fresh and soft", order_id: order.completedFromA, bakery_id: bakery.a })
        expect(response.data.bakery).toEqual({ id: bakery.a, rating_average: 4.5, rating_count: 2 })
        expect(await ratingOfA()).toEqual({ rating_average: 4.5, rating_count: 2 })
      })

      it("accepts a review of an order whose items have all been delivered, before staff complete it", async () => {
        const response = await review("first", { order_id: order.deliveredFromA, rating: 3 })
        expect(response.status).toBe(201)
        expect(await ratingOfA()).toEqual({ rating_average: 4, rating_count: 2 })
      })

      it("puts the review and the previous rating back when a later step of the run fails", async () => {
        const run = reviewThenFailWorkflow(container()).run({
          input: { bakery_id: bakery.a, customer_id: "cus_test", order_id: order.completedFromA, rating: 1 },
        })
        await expect(run).rejects.toMatchObject({ message: expect.stringContaining("failing on purpose") })
        await unchanged()
      })

      it("takes one review per order: 409 REVIEW_ALREADY_EXISTS after the first, also when two race", async () => {
        const answers = await Promise.all([1, 2].map((rating) => review("first", { order_id: order.completedFromA, rating })))
        expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409])
        expect(answers.find((answer) => answer.status === 409)!.data.code).toBe("REVIEW_ALREADY_EXISTS")
        const again = await review("first", { order_id: order.completedFromA, rating: 3 })
        expect(again.status).toBe(409)
        expect(await count("bakery_review", { order_id: order.completedFromA })).toBe(1)
        expect((await ratingOfA()).rating_count).toBe(2)
      })

      it("answers 400 ORDER_NOT_REVIEWABLE for an order not completed, not the customer's or not from that bakery", async () => {
        const cases: [keyof typeof CUSTOMERS, string, string, RegExp][] = [
          ["first", order.pendingFromA, bakery.a, /not completed/],
          ["second", order.completedFromA, bakery.a, /not one of your orders/],
          ["first", order.completedFromStore, bakery.a, /not sold by Tandir Non/],
          ["first", order.completedFromA, bakery.b, /not sold by Samarqand/],
          ["first", "order_unknown", bakery.a, /not one of your orders/],
        ]
        for (const [customer, orderId, bakeryId, message] of cases) {
          const response = await review(customer, { order_id: orderId, rating: 5 }, bakeryId)
          expect(response.status).toBe(400)
          expect(response.data.code).toBe("ORDER_NOT_REVIEWABLE")
          expect(response.data.message).toMatch(message)
        }
        await unchanged()
      })

      it("answers 400 for a rating outside 1..5 or missing fields, and writes nothing", async () => {
        for (const [body, word] of [
          [{ order_id: order.completedFromA, rating: 6 }, "rating"],
          [{ order_id: order.completedFromA, rating: 0 }, "rating"],
          [{ order_id: order.completedFromA, rating: 4.5 }, "rating"],
          [{ rating: 5 }, "order_id"],
          [{ order_id: order.completedFromA }, "rating"],
        ] as const) {
          const response = await review("first", body)
          expect(response.status).toBe(400)
          expect(response.data.message).toContain(word)
        }
        await unchanged()
      })

      it("answers 401 without a customer login and 404 for a bakery not on sale", async () => {
        const anonymous = await send(api.post(`/store/bakeries/${bakery.a}/reviews`, { order_id: order.completedFromA, rating: 5 }, { headers: web }))
        expect(anonymous.status).toBe(401)
        expect((await review("first", { order_id: order.completedFromA, rating: 5 }, bakery.suspended)).status).toBe(404)
        await unchanged()
      })
    })

    describe("baker applications", () => {
      const application = (overrides: Record<string, unknown> = {}) => ({
        applicant_name: "Aziza Rahimova",
        email: "aziza@test.dasturxon.local",
        phone: "+998901234567",
        telegram_user_id: "123456789",
        bio: "Twenty years of Samarkand non",
        new_bakery: { name: "Aziza Non", handle: "aziza-non", opening_hours: [{ weekday: 1, opens: "07:00", closes: "19:00" }] },
        ...overrides,
      })
      const submit = (body: Record<string, unknown>, headers = fromNewIp()) => send(api.post("/store/baker-applications", body, { headers }))
      const stored = async (id: string) => {
        const [entry] = await bakeries().listBakerApplications({ id }, { select: ["id", "status", "withdraw_token_hash", "email"], relations: ["history"] })
        return entry
      }
      const counts = async () => ({ applications: await count("baker_application"), history: await count("baker_application_status_change") })

      it("files a pending application with a new bakery, keeps only the token's hash and records the history", async () => {
        const submitted = TestEventUtils.waitSubscribersExecution("bakery.application_submitted", container().resolve(Modules.EVENT_BUS))
        const response = await submit(application())
        expect(response.status).toBe(201)
        expect(response.data.withdraw_token).toMatch(/^[A-Za-z0-9_-]{40,}$/)
        expect(response.data.baker_application).toMatchObject({
          status: "pending",
          email: "aziza@test.dasturxon.local",
          new_bakery: { name: "Aziza Non", handle: "aziza-non" },
          bakery_id: null,
        })
        expect(response.data.baker_application).not.toHaveProperty("withdraw_token_hash")
        const [event] = await submitted
        expect(event.data).toEqual({ id: response.data.baker_application.id })

        const record = await stored(response.data.baker_application.id)
        expect(record.withdraw_token_hash).toBe(createHash("sha256").update(response.data.withdraw_token).digest("hex"))
        expect(record.history.map(({ from_status, to_status, actor_type }) => ({ from_status, to_status, actor_type }))).toEqual([
          { from_status: null, to_status: "pending", actor_type: "applicant" },
        ])
      })

      it("files an application to join an active bakery", async () => {
        const response = await submit(application({ new_bakery: undefined, bakery_id: bakery.b, email: "JOIN@Test.Dasturxon.local" }))
        expect(response.status).toBe(201)
        expect(response.data.baker_application).toMatchObject({ bakery_id: bakery.b, new_bakery: null, email: "join@test.dasturxon.local" })
      })

      it("answers 400 with a message naming the problem for bad input, and writes nothing", async () => {
        const before = await counts()
        const cases: [Record<string, unknown>, string][] = [
          [application({ applicant_name: undefined }), "applicant_name"],
          [application({ email: "not-an-email" }), "email"],
          [application({ phone: "901234567" }), "phone"],
          [application({ bakery_id: bakery.b }), "exactly one of new_bakery"],
          [application({ new_bakery: undefined }), "exactly one of new_bakery"],
          [application({ new_bakery: { name: "X", handle: "Not A Handle" } }), "handle"],
          [application({ new_bakery: { name: "X", handle: "x-non", opening_hours: [{ weekday: 1, opens: "25:00", closes: "26:00" }] } }), "HH:MM"],
          [
            application({
              new_bakery: {
                name: "X",
                handle: "x-non",
                opening_hours: [
                  { weekday: 1, opens: "08:00", closes: "12:00" },
                  { weekday: 1, opens: "11:00", closes: "14:00" },
                ],
              },
            }),
            "overlaps",
          ],
          [application({ new_bakery: { name: "X", handle: "x-non", timezone: "Mars/Olympus" } }), "timezone"],
          [application({ role: "owner" }), "role"],
        ]
        for (const [body, word] of cases) {
          const response = await submit(body)
          expect(response.status).toBe(400)
          expect(response.data.message).toContain(word)
        }
        expect(await counts()).toEqual(before)
      })

      it("refuses a bakery to join that is suspended or unknown with 400, and writes nothing", async () => {
        const before = await counts()
        const suspended = await submit(application({ new_bakery: undefined, bakery_id: bakery.suspended }))
        expect(suspended.status).toBe(400)
        expect(suspended.data.code).toBe("BAKERY_SUSPENDED")
        const unknown = await submit(application({ new_bakery: undefined, bakery_id: "bkry_unknown" }))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toContain("bkry_unknown")
        expect(await counts()).toEqual(before)
      })

      it("refuses a handle a bakery or another pending application has with 409 BAKERY_HANDLE_TAKEN", async () => {
        const before = await counts()
        const taken = await submit(application({ new_bakery: { name: "Copy", handle: "tandir-non" } }))
        expect(taken.status).toBe(409)
        expect(taken.data.code).toBe("BAKERY_HANDLE_TAKEN")
        expect(taken.data.message).toContain("tandir-non")
        expect(await counts()).toEqual(before)

        expect((await submit(application())).status).toBe(201)
        const asked = await submit(application({ email: "other@test.dasturxon.local" }))
        expect(asked.status).toBe(409)
        expect(asked.data.code).toBe("BAKERY_HANDLE_TAKEN")
      })

      it("takes one pending application per email: 409 APPLICATION_ALREADY_PENDING, also when two race", async () => {
        const join = (email: string) => application({ new_bakery: undefined, bakery_id: bakery.b, email })
        const answers = await Promise.all([submit(join("racer@test.dasturxon.local")), submit(join("Racer@test.dasturxon.local"))])
        expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409])
        expect(answers.find((answer) => answer.status === 409)!.data.code).toBe("APPLICATION_ALREADY_PENDING")
        expect(await count("baker_application", { email: "racer@test.dasturxon.local" })).toBe(1)
        expect(await count("baker_application_status_change")).toBe(1)
      })

      it("withdraws with the right token only, once, and records it", async () => {
        const { baker_application, withdraw_token } = (await submit(application())).data
        const withdraw = (body: Record<string, unknown>) =>
          send(api.post(`/store/baker-applications/${baker_application.id}/withdraw`, body, { headers: web }))

        const wrong = await withdraw({ token: "not-the-token" })
        expect(wrong.status).toBe(404)
        expect((await stored(baker_application.id)).status).toBe("pending")
        expect((await send(api.post("/store/baker-applications/bkapp_unknown/withdraw", { token: withdraw_token }, { headers: web }))).status).toBe(404)
        expect((await withdraw({})).status).toBe(400)

        const withdrawn = TestEventUtils.waitSubscribersExecution("bakery.application_withdrawn", container().resolve(Modules.EVENT_BUS))
        const response = await withdraw({ token: withdraw_token })
        expect(response.status).toBe(200)
        expect(response.data.baker_application).toMatchObject({ id: baker_application.id, status: "withdrawn" })
        expect((await withdrawn)[0].data).toEqual({ id: baker_application.id })
        const record = await stored(baker_application.id)
        expect(record.history.map(({ from_status, to_status }) => [from_status, to_status])).toEqual(
          expect.arrayContaining([[null, "pending"], ["pending", "withdrawn"]])
        )

        const again = await withdraw({ token: withdraw_token })
        expect(again.status).toBe(409)
        expect(again.data.code).toBe("INVALID_STATUS_TRANSITION")
        expect((await stored(baker_application.id)).history).toHaveLength(2)
        // A withdrawn application frees the email for a new one.
        expect((await submit(application())).status).toBe(201)
      })

      it("answers 429 RATE_LIMITED with Retry-After once an IP has sent its applications for the hour", async () => {
        const ip = fromNewIp()
        for (let i = 0; i < 5; i++) {
          expect((await submit(application({ email: `rate-${i}@test.dasturxon.local`, new_bakery: undefined, bakery_id: bakery.b }), ip)).status).toBe(201)
        }
        const before = await counts()
        const limited = await submit(application({ email: "rate-6@test.dasturxon.local", new_bakery: undefined, bakery_id: bakery.b }), ip)
        expect(limited.status).toBe(429)
        expect(limited.data.code).toBe("RATE_LIMITED")
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
        expect(await counts()).toEqual(before)
        expect((await submit(application({ email: "rate-other@test.dasturxon.local", new_bakery: undefined, bakery_id: bakery.b }))).status).toBe(201)
      })
    })
  },
})
