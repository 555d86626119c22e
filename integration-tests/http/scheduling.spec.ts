import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { SCHEDULING_MODULE } from "../../src/modules/scheduling"
import type SchedulingModuleService from "../../src/modules/scheduling/service"
import { shopDay } from "../../src/modules/telegram/bot/dates"
import { bookSlotWorkflow } from "../../src/workflows/scheduling/book-slot"
import { releaseSlotWorkflow } from "../../src/workflows/scheduling/release-slot"
import { expireSlotHoldsWorkflow } from "../../src/workflows/scheduling/expire-slot-holds"
import { cancelOrderWorkflow, createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { type SoldProduct, systemOrders } from "../helpers/system-orders"

jest.setTimeout(120_000)

const ADMIN = { email: "schedule-admin@test.dasturxon.local", password: "correct-horse-battery" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const scheduling = () => container().resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    let admin: { authorization: string }
    let store: { "x-publishable-api-key": string }
    const day = shopDay(Date.now(), 3)
    const today = shopDay(Date.now())
    const send = (method: "get" | "post", path: string, headers: Record<string, string>, body?: unknown) =>
      api.request({ method, url: path, data: body, headers, validateStatus: () => true })
    /** A booking's outcome: the slot, or the refusal's type and code. */
    const book = (slot: Record<string, unknown>) =>
      bookSlotWorkflow(container())
        .run({ input: { seller_id: "store", type: "PICKUP", date: day, starts_at: "10:00", ...slot } as any })
        .then(({ result }) => ({ booked: result }), (error) => ({ type: error.type, code: error.code }))

    const orders = systemOrders(container)
    let cake: SoldProduct
    let customerId: string

    // test-utils restores the database before each test from a snapshot taken after these hooks: all setup goes here
    beforeAll(async () => {
      await seedDemoStore(container(), { bakeries: false })
      ;({ cake } = await orders.prepare())
      const { result: [customer] } = await createCustomersWorkflow(container()).run({ input: { customersData: [{ email: "slot-buyer@test.dasturxon.local" }] } })
      customerId = customer.id
      await ensureAdminUser(container(), ADMIN)
      admin = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", ADMIN)).data.token}` }
      const [key] = await container().resolve(Modules.API_KEY).createApiKeys([{ title: "Slots test", type: "publishable", created_by: "test" }])
      store = { "x-publishable-api-key": key.token }
    })

    beforeEach(async () => {
      const week = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
        { weekday, starts_at: "10:00", ends_at: "12:00", capacity_orders: 1, capacity_cakes: null },
        { weekday, starts_at: "14:00", ends_at: "16:00", capacity_orders: 5, capacity_cakes: 2 },
      ])
      const set = await send("post", "/admin/slot-templates", admin, { seller_id: "store", type: "pickup", templates: week })
      expect(set.status).toBe(200)
    })

    it("lists the seller's slots with what is left, and refuses a bad range with 400", async () => {
      const { status, data } = await send("get", `/store/slots?type=pickup&from=${day}&to=${day}`, store)
      expect(status).toBe(200)
      expect(data.open).toBe(true)
      expect(data.slots.map((slot: any) => [slot.date, slot.starts_at, slot.ends_at, slot.remaining_orders, slot.remaining_cakes, slot.bookable])).toEqual([
        [day, "10:00", "12:00", 1, null, true],
        [day, "14:00", "16:00", 5, 2, true],
      ])
      expect((await send("get", `/store/slots?type=delivery&from=${day}&to=${day}`, store)).data.slots).toEqual([])
      const backwards = await send("get", `/store/slots?type=pickup&from=${day}&to=${today}`, store)
      expect(backwards.status).toBe(400)
      expect(backwards.data.message).toContain("from must not be after to")
      expect((await send("get", `/store/slots?type=boat&from=${day}&to=${day}`, store)).status).toBe(400)
      const overlapping = await send("post", "/admin/slot-templates", admin, { type: "pickup", templates: [1, 1].map((weekday) => ({ weekday, starts_at: "10:00", ends_at: "11:00", capacity_orders: 1 })) })
      expect(overlapping.status).toBe(400)
    })

    it("gives the last place of a slot to exactly one of 20 simultaneous bookings; a release frees it", async () => {
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => book({})))
      expect(outcomes.filter((outcome) => "booked" in outcome)).toHaveLength(1)
      expect(outcomes.filter((outcome) => "code" in outcome && outcome.code === "SLOT_FULL")).toHaveLength(19)
      const [usage] = await scheduling().listSlotUsages({ seller_id: "store", type: "PICKUP", date: day, starts_at: "10:00" })
      expect(usage.booked_orders).toBe(1)
      const full = (await send("get", `/store/slots?type=pickup&from=${day}&to=${day}`, store)).data.slots[0]
      expect(full).toMatchObject({ remaining_orders: 0, bookable: false })

      await releaseSlotWorkflow(container()).run({ input: { seller_id: "store", type: "PICKUP", date: day, starts_at: "10:00" } })
      expect((await send("get", `/store/slots?type=pickup&from=${day}&to=${day}`, store)).data.slots[0]).toMatchObject({ remaining_orders: 1, bookable: true })
    })

    it("counts cakes against the slot's cake capacity", async () => {
      expect(await book({ starts_at: "14:00", cakes: 2 })).toHaveProperty("booked")
      expect(await book({ starts_at: "14:00", cakes: 1 })).toEqual({ type: "conflict", code: "SLOT_FULL" })
      expect(await book({ starts_at: "14:00", cakes: 0 })).toHaveProperty("booked") // flowers still fit
    })

    it("applies run-time switches at once: closed shop, paused delivery, the cap per slot, unknown switches refused", async () => {
      expect((await send("post", "/admin/store-switches", admin, { shop_open: false })).data.store_switches).toMatchObject({ shop_open: false, delivery_enabled: true })
      expect(await book({})).toEqual({ type: "conflict", code: "SHOP_CLOSED" })
      const closed = (await send("get", `/store/slots?type=pickup&from=${day}&to=${day}`, store)).data
      expect(closed.open).toBe(false)
      expect(closed.slots.every((slot: any) => !slot.bookable)).toBe(true)

      await send("post", "/admin/store-switches", admin, { shop_open: true, delivery_enabled: false, max_orders_per_slot: 0 })
      expect(await book({ type: "DELIVERY" })).toEqual({ type: "conflict", code: "DELIVERY_DISABLED" })
      expect(await book({ starts_at: "14:00" })).toEqual({ type: "conflict", code: "SLOT_FULL" }) // capped to 0
      const unknown = await send("post", "/admin/store-switches", admin, { free_cake: true })
      expect(unknown.status).toBe(400)
      const wrongType = await send("post", "/admin/store-switches", admin, { lead_minutes: "soon" })
      expect(wrongType.status).toBe(400)
      expect((await send("get", "/admin/store-switches", admin)).data.store_switches).toMatchObject({ shop_open: true, delivery_enabled: false, max_orders_per_slot: 0 })
      await send("post", "/admin/store-switches", admin, { delivery_enabled: true, max_orders_per_slot: null })
    })

    it("refuses a slot inside the lead time (409 LEAD_TIME), one not offered or on a closed day (404 SLOT_NOT_FOUND); a day reopens", async () => {
      await send("post", "/admin/store-switches", admin, { lead_minutes: 5 * 24 * 60 })
      expect(await book({})).toEqual({ type: "conflict", code: "LEAD_TIME" })
      await send("post", "/admin/store-switches", admin, { lead_minutes: 120 })
      expect(await book({ starts_at: "11:00" })).toEqual({ type: "not_found", code: "SLOT_NOT_FOUND" })
      const closed = await send("post", "/admin/closures", admin, { date: day, reason: "Navruz" })
      expect(closed.status).toBe(201)
      expect((await send("post", "/admin/closures", admin, { date: day })).data).toMatchObject({ code: "CLOSURE_EXISTS" })
      expect((await send("post", "/admin/closures", admin, { date: "2026-02-30" })).status).toBe(400)
      expect(await book({})).toEqual({ type: "not_found", code: "SLOT_NOT_FOUND" })
      expect((await send("get", `/store/slots?type=pickup&from=${day}&to=${day}`, store)).data.slots).toEqual([])
      await api.delete(`/admin/closures/${closed.data.closure.id}`, { headers: admin })
      expect((await send("get", `/store/slots?type=pickup&from=${day}&to=${day}`, store)).data.slots).toHaveLength(2)
    })

    describe("a slot in the checkout", () => {
      const usageOf = async (date: string, startsAt = "10:00") =>
        (await scheduling().listSlotUsages({ seller_id: "store", type: "PICKUP", date, starts_at: startsAt }))[0]?.booked_orders ?? 0
      const cartFor = () => orders.readyCart(customerId, [{ variant_id: cake.variant_id, quantity: 1 }], {}, "Pickup in Bukhara")
      const hold = (cartId: string, date: string, startsAt = "10:00") => send("post", `/store/carts/${cartId}/slot`, store, { type: "pickup", date, starts_at: startsAt })
      const refusalOf = (promise: Promise<unknown>) => promise.then(() => null, (error) => ({ type: error.type, code: error.code }))

      it("of 20 simultaneous checkouts for the last place exactly one becomes an order; the 19 others get 409 SLOT_FULL before paying", async () => {
        const date = shopDay(Date.now(), 4)
        const carts = await Promise.all(Array.from({ length: 20 }, cartFor))
        const outcomes = await Promise.all(
          carts.map(async (cartId) => {
            const held = await hold(cartId, date)
            if (held.status !== 200) return { status: held.status, code: held.data.code }
            return { status: 200, order: await orders.complete(cartId) }
          })
        )
        const placed = outcomes.filter((outcome) => outcome.status === 200)
        expect(placed).toHaveLength(1)
        expect(outcomes.filter((outcome) => outcome.status === 409 && outcome.code === "SLOT_FULL")).toHaveLength(19)
        const order = (placed[0] as any).order
        expect(order.metadata).toMatchObject({ fulfillment: "pickup", wanted_date: date, wanted_time: "10:00–12:00" })
        expect(await scheduling().listSlotBookings({ order_id: order.id })).toEqual([expect.objectContaining({ status: "BOOKED", date, starts_at: "10:00", expires_at: null })])
        expect(await usageOf(date)).toBe(1)
        // a cancelled order frees its place (once, however often the cancellation is seen)
        await cancelOrderWorkflow(container()).run({ input: { order_id: order.id } })
        expect(await usageOf(date)).toBe(0)
        expect((await scheduling().listSlotBookings({ order_id: order.id }))[0].status).toBe("RELEASED")
      })

      it("needs a slot to complete (409 SLOT_REQUIRED); moving or dropping the slot gives the old place back", async () => {
        const date = shopDay(Date.now(), 5)
        const cartId = await cartFor()
        expect(await refusalOf(orders.complete(cartId))).toEqual({ type: "conflict", code: "SLOT_REQUIRED" })
        expect((await hold(cartId, date)).data.slot).toMatchObject({ type: "PICKUP", date, starts_at: "10:00", ends_at: "12:00", status: "HELD" })
        expect((await hold(cartId, date)).status).toBe(200) // the same slot again only renews the hold
        expect(await usageOf(date)).toBe(1)
        await hold(cartId, date, "14:00")
        expect([await usageOf(date), await usageOf(date, "14:00")]).toEqual([0, 1])
        expect((await send("get", `/store/carts/${cartId}/slot`, store)).data.slot).toMatchObject({ starts_at: "14:00", status: "HELD" })
        const dropped = await api.delete(`/store/carts/${cartId}/slot`, { headers: store })
        expect(dropped.data).toMatchObject({ object: "slot", deleted: true })
        expect(await usageOf(date, "14:00")).toBe(0)
        expect((await hold(cartId, "2026-02-30")).status).toBe(400)
        expect((await send("post", `/store/carts/${cartId}/slot`, store, { type: "pickup", date, starts_at: "10:00", price: 1 })).status).toBe(400)
      })

      it("an unpaid hold past its time gives the place back; completing takes it again if free, else 409 SLOT_FULL", async () => {
        const date = shopDay(Date.now(), 6)
        const [slow, quick] = [await cartFor(), await cartFor()]
        await hold(slow, date)
        const [booking] = await scheduling().listSlotBookings({ cart_id: slow, status: "HELD" })
        await scheduling().updateSlotBookings({ id: booking.id, expires_at: new Date(Date.now() - 1000) })
        const { result } = await expireSlotHoldsWorkflow(container()).run()
        expect(result.expired).toEqual([booking.id])
        expect((await expireSlotHoldsWorkflow(container()).run()).result.expired).toEqual([]) // once
        expect(await usageOf(date)).toBe(0)

        expect((await hold(quick, date)).status).toBe(200) // the freed place went to another cart
        expect(await refusalOf(orders.complete(slow))).toEqual({ type: "conflict", code: "SLOT_FULL" })
        await api.delete(`/store/carts/${quick}/slot`, { headers: store })
        const order = await orders.complete(slow) // free again: the lapsed hold is taken back
        expect((await scheduling().listSlotBookings({ order_id: order.id }))[0]).toMatchObject({ id: booking.id, status: "BOOKED" })
        expect(await usageOf(date)).toBe(1)
        expect((await hold(slow, date)).data).toMatchObject({ code: "CART_COMPLETED" })
      })

      it("applies the products' rules: a product type's lead time, serving hours, the same-day cutoff (each its own 409)", async () => {
        const date = shopDay(Date.now(), 6)
        const cartId = await cartFor()
        const { data: [product] }: { data: any[] } = await query().graph({ entity: "product", fields: ["type.value", "metadata"], filters: { id: cake.id } })
        await send("post", "/admin/store-switches", admin, { lead_minutes_by_product_type: { [product.type.value]: 10 * 24 * 60 } })
        const tooSoon = await hold(cartId, date, "14:00")
        expect(tooSoon.status).toBe(409)
        expect(tooSoon.data).toMatchObject({ code: "LEAD_TIME", message: expect.stringContaining(`"${cake.title}" needs 240 h`) })
        await send("post", "/admin/store-switches", admin, { lead_minutes_by_product_type: {} })

        await container().resolve(Modules.PRODUCT).updateProducts(cake.id, { metadata: { ...product.metadata, available_from: "12:00", available_to: "18:00" } })
        const early = await hold(cartId, date, "10:00")
        expect(early.data).toMatchObject({ code: "NOT_AVAILABLE_NOW", message: expect.stringContaining("from 12:00 to 18:00") })
        const listed = (await send("get", `/store/slots?type=pickup&from=${date}&to=${date}&cart_id=${cartId}`, store)).data.slots
        expect(listed.map((slot: any) => [slot.starts_at, slot.bookable])).toEqual([["10:00", false], ["14:00", true]])
        expect((await hold(cartId, date, "14:00")).status).toBe(200)
        await container().resolve(Modules.PRODUCT).updateProducts(cake.id, { metadata: product.metadata })

        await send("post", "/admin/store-switches", admin, { same_day_cutoff: "00:00", lead_minutes: 0 })
        expect((await hold(cartId, today, "14:00")).data).toMatchObject({ code: "PAST_CUTOFF" })
        await send("post", "/admin/store-switches", admin, { same_day_cutoff: null, lead_minutes: 120 })
      })
    })
  },
})
