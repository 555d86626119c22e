import { createHash } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BAKERY_MODULE } from "../../src/modules/bakery"
import { BakeryEvents } from "../../src/modules/bakery/events"
import type BakeryModuleService from "../../src/modules/bakery/service"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { eventually } from "../helpers/eventually"

jest.setTimeout(120_000)

const ADMIN = { email: "admin@test.dasturxon.local", password: "correct-horse-battery" }
const WEEKDAYS_8_TO_20 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "08:00", closes: "20:00" }))

type Event = { name: string; data: Record<string, any> }

const responseOf = (error: any) => {
  if (!error.response) throw error
  return error.response
}

// One suite for the whole admin bakery API: each suite pays a fresh migration, and the database is restored to the
// seeded state (with the admin user) before every test.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { authorization: string }
    let adminUserId: string
    let productIds: Record<string, string>
    const events: Event[] = []

    const container = (): MedusaContainer => getContainer()
    const bakeryModule = () => container().resolve<BakeryModuleService>(BAKERY_MODULE)
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)

    const get = (path: string) => api.get(path, { headers }).catch(responseOf)
    const post = (path: string, body: unknown = {}) => api.post(path, body, { headers }).catch(responseOf)
    const del = (path: string) => api.delete(path, { headers }).catch(responseOf)

    let productLinkEntity: string
    let stockLocationLinkEntity: string
    async function productLinks() {
      const { data } = await query().graph({ entity: productLinkEntity, fields: ["bakery_id", "product_id"] })
      return data as { bakery_id: string; product_id: string }[]
    }

    /** Everything an admin bakery route may write, to check that a refused request wrote nothing. */
    async function rowCounts() {
      const bakery = bakeryModule()
      const [bakeries, bakers, invites, applications, history, links] = await Promise.all([
        bakery.listBakeries({}, { select: ["id", "status", "handle", "name", "opening_hours", "timezone", "suspension_reason"], order: { id: "ASC" } }),
        bakery.listBakers({}, { select: ["id"] }),
        bakery.listBakerInvites({}, { select: ["id"] }),
        bakery.listBakerApplications({}, { select: ["id", "status", "decided_by", "rejection_reason", "bakery_id"], order: { id: "ASC" } }),
        bakery.listBakerApplicationStatusChanges({}, { select: ["id"] }),
        productLinks(),
      ])
      return { bakeries, bakers: bakers.length, invites: invites.length, applications, history: history.length, links }
    }

    const eventNamed = (name: string, id: string) =>
      eventually(() => events.find((event) => event.name === name && event.data.id === id), `${name} for ${id}`, 5_000)

    async function createBakery(overrides: Record<string, unknown> = {}) {
      const response = await post("/admin/bakeries", { handle: "non-uyi", name: "Non Uyi", ...overrides })
      expect(response.status).toBe(200)
      return response.data.bakery as Record<string, any>
    }

    async function createApplication(overrides: Record<string, unknown> = {}) {
      return bakeryModule().createBakerApplications({
        applicant_name: "Dilnoza Karimova",
        email: "dilnoza@example.uz",
        phone: "+998901234567",
        telegram_user_id: "5550001",
        bio: "Twelve years of napoleon cakes",
        new_bakery: {
          name: "Dilnoza's Cakes",
          handle: "dilnoza-cakes",
          phone: "+998901234567",
          address: "Bukhara, Mustaqillik 5",
          opening_hours: WEEKDAYS_8_TO_20,
        },
        ...overrides,
      })
    }

    beforeAll(async () => {
      // A link file registers itself with the running app, so it is imported only once the app is up.
      productLinkEntity = require("../../src/links/bakery-product").default.entryPoint
      stockLocationLinkEntity = require("../../src/links/bakery-stock-location").default.entryPoint
      await seedDemoStore(container(), { bakeries: false })
      await ensureAdminUser(container(), ADMIN)
      const login = await api.post("/auth/user/emailpass", ADMIN)
      headers = { authorization: `Bearer ${login.data.token}` }
      adminUserId = (await api.get("/admin/users/me", { headers })).data.user.id
      const { data: products } = await query().graph({ entity: "product", fields: ["id", "handle"] })
      productIds = Object.fromEntries(products.map((product: { id: string; handle: string }) => [product.handle, product.id]))

      const eventBus = container().resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      for (const name of Object.values(BakeryEvents)) {
        eventBus.subscribe(name, async (event: any) => {
          events.push({ name, data: event.data })
        })
      }
    })

    beforeEach(() => {
      events.length = 0
    })

    describe("authorization", () => {
      it("answers 401 to every admin bakery route without a token", async () => {
        const routes: [string, string][] = [
          ["get", "/admin/bakeries"],
          ["post", "/admin/bakeries"],
          ["get", "/admin/bakeries/bkry_1"],
          ["post", "/admin/bakeries/bkry_1"],
          ["delete", "/admin/bakeries/bkry_1"],
          ["post", "/admin/bakeries/bkry_1/suspend"],
          ["post", "/admin/bakeries/bkry_1/reactivate"],
          ["get", "/admin/baker-applications"],
          ["get", "/admin/baker-applications/bkapp_1"],
          ["post", "/admin/baker-applications/bkapp_1/approve"],
          ["post", "/admin/baker-applications/bkapp_1/reject"],
          ["get", "/admin/products/prod_1/bakery"],
          ["post", "/admin/products/prod_1/bakery"],
          ["get", "/admin/orders/order_1/bakery"],
        ]
        for (const [method, path] of routes) {
          const response = await (api as any)[method](path, ...(method === "post" ? [{}] : [])).catch(responseOf)
          expect([method, path, response.status]).toEqual([method, path, 401])
        }
      })
    })

    describe("POST /admin/bakeries", () => {
      it("creates an active bakery with its hours in the Tashkent time zone by default", async () => {
        const bakery = await createBakery({ phone: "+998652223344", opening_hours: WEEKDAYS_8_TO_20, latitude: 39.77, longitude: 64.42 })
        expect(bakery).toMatchObject({ handle: "non-uyi", status: "active", timezone: "Asia/Tashkent", product_count: 0, bakers: [] })

        const [stored] = await bakeryModule().listBakeries({ id: bakery.id })
        expect(stored).toMatchObject({ handle: "non-uyi", name: "Non Uyi", phone: "+998652223344", status: "active", rating_count: 0 })
        expect(stored.opening_hours).toEqual(WEEKDAYS_8_TO_20)
        await eventNamed(BakeryEvents.BAKERY_CREATED, bakery.id)
      })

      it("refuses a handle another bakery uses with 409 BAKERY_HANDLE_TAKEN and creates nothing", async () => {
        await createBakery()
        const before = await rowCounts()
        const response = await post("/admin/bakeries", { handle: "non-uyi", name: "Another" })
        expect(response.status).toBe(409)
        expect(response.data).toMatchObject({ code: "BAKERY_HANDLE_TAKEN", message: expect.stringContaining("non-uyi") })
        expect(await rowCounts()).toEqual(before)
      })

      it("creates exactly one bakery when two requests race for the same handle", async () => {
        const responses = await Promise.all(
          [1, 2, 3].map((n) => post("/admin/bakeries", { handle: "race-bakery", name: `Racer ${n}` }))
        )
        const statuses = responses.map((response) => response.status).sort()
        expect(statuses).toEqual([200, 409, 409])
        expect(responses.filter((r) => r.status === 409).every((r) => r.data.code === "BAKERY_HANDLE_TAKEN")).toBe(true)
        expect(await bakeryModule().listBakeries({ handle: "race-bakery" })).toHaveLength(1)
      })

      it.each([
        ["no name", { handle: "a-b" }, "name"],
        ["no handle", { name: "X" }, "handle"],
        ["a handle with capitals and spaces", { handle: "Non Uyi", name: "X" }, "handle"],
        ["a handle with a trailing hyphen", { handle: "non-", name: "X" }, "handle"],
        ["a blank name", { handle: "a-b", name: "   " }, "name"],
        ["overlapping hours", { handle: "a-b", name: "X", opening_hours: [...WEEKDAYS_8_TO_20, { weekday: 1, opens: "19:00", closes: "22:00" }] }, "overlaps"],
        ["an hour past 24", { handle: "a-b", name: "X", opening_hours: [{ weekday: 1, opens: "08:00", closes: "25:00" }] }, "HH:MM"],
        ["weekday 8", { handle: "a-b", name: "X", opening_hours: [{ weekday: 8, opens: "08:00", closes: "20:00" }] }, "weekday"],
        ["an unknown time zone", { handle: "a-b", name: "X", timezone: "Asia/Bukhara" }, "timezone"],
        ["a phone number not in E.164", { handle: "a-b", name: "X", phone: "90 123 45 67" }, "phone"],
        ["a status (changed only by suspend/reactivate)", { handle: "a-b", name: "X", status: "suspended" }, "status"],
      ])("answers 400 to %s and creates nothing", async (_case, body, mentioned) => {
        const before = await rowCounts()
        const response = await post("/admin/bakeries", body)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(mentioned)
        expect(await rowCounts()).toEqual(before)
      })
    })

    describe("GET /admin/bakeries", () => {
      it("lists bakeries with their product counts, total count, offset and limit", async () => {
        const a = await createBakery({ handle: "a-bakery", name: "A Bakery" })
        const b = await createBakery({ handle: "b-bakery", name: "B Bakery" })
        await post(`/admin/products/${productIds.napoleon}/bakery`, { bakery_id: a.id })
        await post(`/admin/products/${productIds.medovik}/bakery`, { bakery_id: a.id })

        const response = await get("/admin/bakeries")
        expect(response.status).toBe(200)
        expect(response.data).toMatchObject({ count: 2, offset: 0, limit: 20 })
        expect(response.data.bakeries.map((bakery: any) => [bakery.handle, bakery.product_count])).toEqual([
          ["a-bakery", 2],
          ["b-bakery", 0],
        ])
        expect(response.data.bakeries[1].id).toBe(b.id)
      })

      it("filters by status and by a search in the name, and pages with limit and offset", async () => {
        await createBakery({ handle: "a-bakery", name: "Apricot Bakery" })
        const b = await createBakery({ handle: "b-bakery", name: "Bread House" })
        await createBakery({ handle: "c-bakery", name: "Cake House" })
        await post(`/admin/bakeries/${b.id}/suspend`, { reason: "Hygiene inspection" })

        const suspended = await get("/admin/bakeries?status=suspended")
        expect(suspended.data.bakeries.map((bakery: any) => bakery.handle)).toEqual(["b-bakery"])
        expect(suspended.data.count).toBe(1)

        const houses = await get("/admin/bakeries?q=house")
        expect(houses.data.bakeries.map((bakery: any) => bakery.handle)).toEqual(["b-bakery", "c-bakery"])

        const page = await get("/admin/bakeries?limit=1&offset=1&order=-name")
        expect(page.data).toMatchObject({ count: 3, offset: 1, limit: 1 })
        expect(page.data.bakeries.map((bakery: any) => bakery.handle)).toEqual(["b-bakery"])
      })

      it("answers 400 to a query with an invalid limit, offset, status, order or an unknown parameter", async () => {
        for (const queryString of ["limit=0", "limit=1000", "offset=-1", "status=closed", "order=password", "colour=red"]) {
          const response = await get(`/admin/bakeries?${queryString}`)
          expect([queryString, response.status]).toEqual([queryString, 400])
        }
      })
    })

    describe("GET and POST /admin/bakeries/:id", () => {
      it("shows one bakery with its bakers and product count", async () => {
        const bakery = await createBakery()
        await bakeryModule().createBakers({ bakery_id: bakery.id, name: "Aziz", email: "aziz@example.uz", role: "owner" })
        const response = await get(`/admin/bakeries/${bakery.id}`)
        expect(response.status).toBe(200)
        expect(response.data.bakery).toMatchObject({ id: bakery.id, product_count: 0 })
        expect(response.data.bakery.bakers).toEqual([expect.objectContaining({ name: "Aziz", email: "aziz@example.uz", role: "owner" })])
      })

      it("answers 404 for an unknown bakery", async () => {
        expect((await get("/admin/bakeries/bkry_unknown")).status).toBe(404)
        const update = await post("/admin/bakeries/bkry_unknown", { name: "X" })
        expect(update.status).toBe(404)
      })

      it("changes only the fields sent", async () => {
        const bakery = await createBakery({ phone: "+998652223344", opening_hours: WEEKDAYS_8_TO_20 })
        const hours = [{ weekday: 6, opens: "22:00", closes: "02:00" }]
        const response = await post(`/admin/bakeries/${bakery.id}`, { name: "Non Uyi Bukhara", opening_hours: hours, address: null })
        expect(response.status).toBe(200)
        const [stored] = await bakeryModule().listBakeries({ id: bakery.id })
        expect(stored).toMatchObject({ name: "Non Uyi Bukhara", handle: "non-uyi", phone: "+998652223344", address: null })
        expect(stored.opening_hours).toEqual(hours)
        await eventNamed(BakeryEvents.BAKERY_UPDATED, bakery.id)
      })

      it("lets a bakery keep its own handle and moves it to a free one", async () => {
        const bakery = await createBakery()
        expect((await post(`/admin/bakeries/${bakery.id}`, { handle: "non-uyi" })).status).toBe(200)
        expect((await post(`/admin/bakeries/${bakery.id}`, { handle: "non-uyi-2" })).data.bakery.handle).toBe("non-uyi-2")
      })

      it.each([
        ["a handle another bakery uses", { handle: "taken" }, 409, "BAKERY_HANDLE_TAKEN"],
        ["invalid hours", { opening_hours: [{ weekday: 1, opens: "20:00", closes: "20:00" }] }, 400, undefined],
        ["an unknown time zone", { timezone: "Mars/Olympus" }, 400, undefined],
        ["nothing to change", {}, 400, undefined],
        ["a rating (kept by reviews)", { rating_average: 5 }, 400, undefined],
      ])("refuses %s and changes nothing", async (_case, body, status, code) => {
        await createBakery({ handle: "taken", name: "Taken" })
        const bakery = await createBakery()
        const before = await rowCounts()
        const response = await post(`/admin/bakeries/${bakery.id}`, body)
        expect(response.status).toBe(status)
        if (code) expect(response.data.code).toBe(code)
        expect(await rowCounts()).toEqual(before)
      })
    })

    describe("suspend and reactivate", () => {
      it("suspends an active bakery with a reason and emits bakery.suspended", async () => {
        const bakery = await createBakery()
        const response = await post(`/admin/bakeries/${bakery.id}/suspend`, { reason: "  Hygiene inspection  " })
        expect(response.status).toBe(200)
        expect(response.data.bakery).toMatchObject({ status: "suspended", suspension_reason: "Hygiene inspection" })
        const [stored] = await bakeryModule().listBakeries({ id: bakery.id })
        expect(stored).toMatchObject({ status: "suspended", suspension_reason: "Hygiene inspection" })
        expect((await eventNamed(BakeryEvents.BAKERY_SUSPENDED, bakery.id)).data).toEqual({ id: bakery.id, actor_id: adminUserId })
      })

      it("refuses to suspend a suspended bakery with 409 INVALID_STATUS_TRANSITION and keeps the first reason", async () => {
        const bakery = await createBakery()
        await post(`/admin/bakeries/${bakery.id}/suspend`, { reason: "First" })
        const response = await post(`/admin/bakeries/${bakery.id}/suspend`, { reason: "Second" })
        expect(response.status).toBe(409)
        expect(response.data.code).toBe("INVALID_STATUS_TRANSITION")
        const [stored] = await bakeryModule().listBakeries({ id: bakery.id })
        expect(stored.suspension_reason).toBe("First")
      })

      it.each([[{}], [{ reason: "   " }]])("answers 400 to a suspension without a reason (%j)", async (body) => {
        const bakery = await createBakery()
        const response = await post(`/admin/bakeries/${bakery.id}/suspend`, body)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("reason")
        const [stored] = await bakeryModule().listBakeries({ id: bakery.id })
        expect(stored.status).toBe("active")
      })

      it("reactivates a suspended bakery, clears the reason and emits bakery.reactivated", async () => {
        const bakery = await createBakery()
        await post(`/admin/bakeries/${bakery.id}/suspend`, { reason: "Hygiene inspection" })
        const response = await post(`/admin/bakeries/${bakery.id}/reactivate`)
        expect(response.status).toBe(200)
        expect(response.data.bakery).toMatchObject({ status: "active", suspension_reason: null })
        await eventNamed(BakeryEvents.BAKERY_REACTIVATED, bakery.id)
      })

      it("refuses to reactivate an active bakery with 409 INVALID_STATUS_TRANSITION", async () => {
        const bakery = await createBakery()
        const response = await post(`/admin/bakeries/${bakery.id}/reactivate`)
        expect(response.status).toBe(409)
        expect(response.data.code).toBe("INVALID_STATUS_TRANSITION")
      })

      it("answers 404 for an unknown bakery", async () => {
        expect((await post("/admin/bakeries/bkry_unknown/suspend", { reason: "x" })).status).toBe(404)
        expect((await post("/admin/bakeries/bkry_unknown/reactivate")).status).toBe(404)
      })
    })

    describe("DELETE /admin/bakeries/:id", () => {
      it("soft-deletes a bakery without products or orders, with its bakers and stock location links, and frees its handle", async () => {
        const bakery = await createBakery()
        const baker = await bakeryModule().createBakers({ bakery_id: bakery.id, name: "Aziz", email: "aziz@example.uz" })
        const [location] = await container().resolve(Modules.STOCK_LOCATION).listStockLocations({})
        await container()
          .resolve(ContainerRegistrationKeys.LINK)
          .create({ [BAKERY_MODULE]: { bakery_id: bakery.id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } })
        const locationLinks = async () => {
          const { data } = await query().graph({ entity: stockLocationLinkEntity, fields: ["bakery_id"], filters: { bakery_id: bakery.id } })
          return data
        }
        expect(await locationLinks()).toHaveLength(1)

        const response = await del(`/admin/bakeries/${bakery.id}`)
        expect(response.status).toBe(200)
        expect(response.data).toEqual({ id: bakery.id, object: "bakery", deleted: true })

        expect(await bakeryModule().listBakeries({ id: bakery.id })).toHaveLength(0)
        const [deleted] = await bakeryModule().listBakeries({ id: bakery.id }, { withDeleted: true })
        expect(deleted.deleted_at).not.toBeNull()
        expect(await bakeryModule().listBakers({ id: baker.id })).toHaveLength(0)
        expect(await locationLinks()).toHaveLength(0)
        expect((await get(`/admin/bakeries/${bakery.id}`)).status).toBe(404)
        await createBakery()
      })

      it("refuses to delete a bakery that sells products with 409 BAKERY_IN_USE", async () => {
        const bakery = await createBakery()
        await post(`/admin/products/${productIds.napoleon}/bakery`, { bakery_id: bakery.id })
        const before = await rowCounts()
        const response = await del(`/admin/bakeries/${bakery.id}`)
        expect(response.status).toBe(409)
        expect(response.data).toMatchObject({ code: "BAKERY_IN_USE", message: expect.stringContaining("products") })
        expect(await rowCounts()).toEqual(before)
      })

      it("refuses to delete a bakery that has sold an order with 409 BAKERY_IN_USE", async () => {
        const bakery = await createBakery()
        const order = await container().resolve(Modules.ORDER).createOrders({ currency_code: "uzs", email: "buyer@example.uz" })
        await container()
          .resolve(ContainerRegistrationKeys.LINK)
          .create({ [BAKERY_MODULE]: { bakery_id: bakery.id }, [Modules.ORDER]: { order_id: order.id } })
        const response = await del(`/admin/bakeries/${bakery.id}`)
        expect(response.status).toBe(409)
        expect(response.data).toMatchObject({ code: "BAKERY_IN_USE", message: expect.stringContaining("orders") })
        expect(await bakeryModule().listBakeries({ id: bakery.id })).toHaveLength(1)
      })

      it("answers 404 for an unknown bakery", async () => {
        expect((await del("/admin/bakeries/bkry_unknown")).status).toBe(404)
      })
    })

    describe("a product's and an order's bakery", () => {
      const productBakeryIds = async (productId: string) =>
        (await productLinks()).filter((link) => link.product_id === productId).map((link) => link.bakery_id)

      it("assigns a product to a bakery, moves it to another one and hands it back to the store", async () => {
        const a = await createBakery({ handle: "a-bakery", name: "A" })
        const b = await createBakery({ handle: "b-bakery", name: "B" })
        const napoleon = productIds.napoleon

        expect((await get(`/admin/products/${napoleon}/bakery`)).data).toEqual({ bakery: null })

        const assigned = await post(`/admin/products/${napoleon}/bakery`, { bakery_id: a.id })
        expect(assigned.status).toBe(200)
        expect(assigned.data.bakery).toMatchObject({ id: a.id, handle: "a-bakery" })
        expect(await productBakeryIds(napoleon)).toEqual([a.id])

        await post(`/admin/products/${napoleon}/bakery`, { bakery_id: b.id })
        expect(await productBakeryIds(napoleon)).toEqual([b.id])
        expect((await get(`/admin/products/${napoleon}/bakery`)).data.bakery.id).toBe(b.id)

        const cleared = await post(`/admin/products/${napoleon}/bakery`, { bakery_id: null })
        expect(cleared.data).toEqual({ bakery: null })
        expect(await productBakeryIds(napoleon)).toEqual([])
      })

      it("leaves a product with one bakery when two assignments race", async () => {
        const a = await createBakery({ handle: "a-bakery", name: "A" })
        const b = await createBakery({ handle: "b-bakery", name: "B" })
        const responses = await Promise.all([a, b, a, b].map((bakery) => post(`/admin/products/${productIds.medovik}/bakery`, { bakery_id: bakery.id })))
        expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200])
        expect(await productBakeryIds(productIds.medovik)).toHaveLength(1)
      })

      it.each([
        ["an unknown product", "prod_unknown", "known", 404],
        ["an unknown bakery", "napoleon", "bkry_unknown", 404],
        ["a missing bakery_id", "napoleon", undefined, 400],
      ])("answers %s with %# and changes no link", async (_case, product, bakery, status) => {
        const a = await createBakery()
        await post(`/admin/products/${productIds.napoleon}/bakery`, { bakery_id: a.id })
        const before = await rowCounts()
        const productId = productIds[product] ?? product
        const body = bakery === undefined ? {} : { bakery_id: bakery === "known" ? a.id : bakery }
        const response = await post(`/admin/products/${productId}/bakery`, body)
        expect(response.status).toBe(status)
        expect(await rowCounts()).toEqual(before)
      })

      it("answers 404 when reading the bakery of an unknown product or order", async () => {
        expect((await get("/admin/products/prod_unknown/bakery")).status).toBe(404)
        expect((await get("/admin/orders/order_unknown/bakery")).status).toBe(404)
      })

      it("shows the bakery that sold an order, and null for the store's own orders", async () => {
        const bakery = await createBakery()
        const orders = container().resolve(Modules.ORDER)
        const sold = await orders.createOrders({ currency_code: "uzs", email: "buyer@example.uz" })
        const own = await orders.createOrders({ currency_code: "uzs", email: "buyer@example.uz" })
        await container()
          .resolve(ContainerRegistrationKeys.LINK)
          .create({ [BAKERY_MODULE]: { bakery_id: bakery.id }, [Modules.ORDER]: { order_id: sold.id } })
        expect((await get(`/admin/orders/${sold.id}/bakery`)).data.bakery).toMatchObject({ id: bakery.id, name: "Non Uyi" })
        expect((await get(`/admin/orders/${own.id}/bakery`)).data).toEqual({ bakery: null })
      })
    })

    describe("baker applications: list and detail", () => {
      it("lists applications by status with count, offset and limit, without the withdraw token's hash", async () => {
        await createApplication()
        await createApplication({ email: "other@example.uz", status: "rejected", rejection_reason: "No licence" })
        const all = await get("/admin/baker-applications")
        expect(all.status).toBe(200)
        expect(all.data).toMatchObject({ count: 2, offset: 0, limit: 20 })
        expect(all.data.baker_applications[0]).not.toHaveProperty("withdraw_token_hash")

        const pending = await get("/admin/baker-applications?status=pending")
        expect(pending.data.count).toBe(1)
        expect(pending.data.baker_applications[0]).toMatchObject({ email: "dilnoza@example.uz", status: "pending" })
        expect((await get("/admin/baker-applications?status=lost")).status).toBe(400)
      })

      it("shows one application with its history, oldest first, and 404 for an unknown one", async () => {
        const application = await createApplication()
        await bakeryModule().createBakerApplicationStatusChanges({
          application_id: application.id,
          from_status: null,
          to_status: "pending",
          actor_type: "applicant",
        })
        const response = await get(`/admin/baker-applications/${application.id}`)
        expect(response.status).toBe(200)
        expect(response.data.baker_application).toMatchObject({ id: application.id, new_bakery: { handle: "dilnoza-cakes" } })
        expect(response.data.baker_application.history).toEqual([
          expect.objectContaining({ from_status: null, to_status: "pending", actor_type: "applicant" }),
        ])
        expect((await get("/admin/baker-applications/bkapp_unknown")).status).toBe(404)
      })
    })

    describe("POST /admin/baker-applications/:id/approve", () => {
      it("opens the requested bakery, makes the applicant its owner with an invite and records the decision", async () => {
        const application = await createApplication()
        const response = await post(`/admin/baker-applications/${application.id}/approve`)
        expect(response.status).toBe(200)

        const [bakery] = await bakeryModule().listBakeries({ handle: "dilnoza-cakes" })
        expect(bakery).toMatchObject({
          name: "Dilnoza's Cakes",
          status: "active",
          address: "Bukhara, Mustaqillik 5",
          description: null,
          timezone: "Asia/Tashkent",
          opening_hours: WEEKDAYS_8_TO_20,
        })
        const [baker] = await bakeryModule().listBakers({ email: "dilnoza@example.uz" })
        expect(baker).toMatchObject({ bakery_id: bakery.id, role: "owner", name: "Dilnoza Karimova", telegram_user_id: "5550001" })

        expect(response.data.baker_application).toMatchObject({
          status: "approved",
          decided_by: adminUserId,
          decided_at: expect.any(String),
          bakery_id: bakery.id,
          rejection_reason: null,
        })
        expect(response.data.baker_application.history).toEqual([
          expect.objectContaining({ from_status: "pending", to_status: "approved", actor_type: "user", actor_id: adminUserId }),
        ])

        const event = await eventNamed(BakeryEvents.APPLICATION_APPROVED, application.id)
        expect(event.data).toEqual({ id: application.id, baker_id: baker.id, bakery_id: bakery.id, invite_token: expect.any(String) })
        const [invite] = await bakeryModule().listBakerInvites({ baker_id: baker.id })
        expect(invite.token_hash).toBe(createHash("sha256").update(event.data.invite_token).digest("hex"))
        expect(JSON.stringify(response.data)).not.toContain(event.data.invite_token)
      })

      it("adds the applicant to the active bakery they asked to join, as staff", async () => {
        const bakery = await createBakery()
        const application = await createApplication({ new_bakery: null, bakery_id: bakery.id })
        const response = await post(`/admin/baker-applications/${application.id}/approve`)
        expect(response.status).toBe(200)
        const [baker] = await bakeryModule().listBakers({ email: "dilnoza@example.uz" })
        expect(baker).toMatchObject({ bakery_id: bakery.id, role: "staff" })
        expect(await bakeryModule().listBakeries({})).toHaveLength(1)
      })

      it.each([
        ["asks to join a suspended bakery", "suspended", 409, "BAKERY_SUSPENDED"],
        ["asks to join a deleted bakery", "deleted", 404, undefined],
        ["asks for a handle taken since it was sent", "handle-taken", 409, "BAKERY_HANDLE_TAKEN"],
        ["uses the email of an existing baker", "email-taken", 409, "BAKER_EMAIL_TAKEN"],
        ["was rejected already", "rejected", 409, "INVALID_STATUS_TRANSITION"],
        ["was withdrawn", "withdrawn", 409, "INVALID_STATUS_TRANSITION"],
      ])("refuses an application that %s and writes nothing", async (_case, situation, status, code) => {
        const bakery = await createBakery()
        let overrides: Record<string, unknown> = {}
        if (situation === "suspended") {
          await post(`/admin/bakeries/${bakery.id}/suspend`, { reason: "Inspection" })
          overrides = { new_bakery: null, bakery_id: bakery.id }
        } else if (situation === "deleted") {
          await bakeryModule().softDeleteBakeries(bakery.id)
          overrides = { new_bakery: null, bakery_id: bakery.id }
        } else if (situation === "handle-taken") {
          overrides = { new_bakery: { name: "Copy", handle: "non-uyi" } }
        } else if (situation === "email-taken") {
          await bakeryModule().createBakers({ bakery_id: bakery.id, name: "Dilnoza", email: "dilnoza@example.uz" })
        } else {
          overrides = { status: situation }
        }
        const application = await createApplication(overrides)
        const before = await rowCounts()

        const response = await post(`/admin/baker-applications/${application.id}/approve`)
        expect(response.status).toBe(status)
        if (code) expect(response.data.code).toBe(code)
        expect(await rowCounts()).toEqual(before)
        expect(events.filter((event) => event.name === BakeryEvents.APPLICATION_APPROVED)).toEqual([])
      })

      it("lets exactly one of two concurrent approvals win; the other answers 409 INVALID_STATUS_TRANSITION", async () => {
        const application = await createApplication()
        const responses = await Promise.all([1, 2].map(() => post(`/admin/baker-applications/${application.id}/approve`)))

        expect(responses.map((response) => response.status).sort()).toEqual([200, 409])
        expect(responses.find((response) => response.status === 409)!.data.code).toBe("INVALID_STATUS_TRANSITION")
        expect(await bakeryModule().listBakers({ email: "dilnoza@example.uz" })).toHaveLength(1)
        expect(await bakeryModule().listBakeries({ handle: "dilnoza-cakes" })).toHaveLength(1)
        expect(await bakeryModule().listBakerApplicationStatusChanges({ application_id: application.id })).toHaveLength(1)
      })

      it("answers 404 for an unknown application", async () => {
        expect((await post("/admin/baker-applications/bkapp_unknown/approve")).status).toBe(404)
      })
    })

    describe("POST /admin/baker-applications/:id/reject", () => {
      it("rejects with the reason, records the decision and emits bakery.application_rejected", async () => {
        const application = await createApplication()
        const response = await post(`/admin/baker-applications/${application.id}/reject`, { reason: " No food safety licence " })
        expect(response.status).toBe(200)
        expect(response.data.baker_application).toMatchObject({
          status: "rejected",
          rejection_reason: "No food safety licence",
          decided_by: adminUserId,
        })
        expect(response.data.baker_application.history).toEqual([
          expect.objectContaining({ from_status: "pending", to_status: "rejected", actor_id: adminUserId, note: "No food safety licence" }),
        ])
        await eventNamed(BakeryEvents.APPLICATION_REJECTED, application.id)
        expect(await bakeryModule().listBakers({})).toHaveLength(0)
      })

      it.each([[{}], [{ reason: "" }], [{ reason: "   " }]])("answers 400 to a rejection without a reason (%j) and writes nothing", async (body) => {
        const application = await createApplication()
        const before = await rowCounts()
        const response = await post(`/admin/baker-applications/${application.id}/reject`, body)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("reason")
        expect(await rowCounts()).toEqual(before)
      })

      it("refuses to reject an approved application with 409 INVALID_STATUS_TRANSITION", async () => {
        const application = await createApplication()
        await post(`/admin/baker-applications/${application.id}/approve`)
        const before = await rowCounts()
        const response = await post(`/admin/baker-applications/${application.id}/reject`, { reason: "Changed my mind" })
        expect(response.status).toBe(409)
        expect(response.data.code).toBe("INVALID_STATUS_TRANSITION")
        expect(await rowCounts()).toEqual(before)
      })

      it("answers 404 for an unknown application", async () => {
        expect((await post("/admin/baker-applications/bkapp_unknown/reject", { reason: "x" })).status).toBe(404)
      })
    })
  },
})
