import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { SCHEDULING_MODULE } from "../../src/modules/scheduling"
import type SchedulingModuleService from "../../src/modules/scheduling/service"
import { shopDay } from "../../src/modules/telegram/bot/dates"
import { bookSlotWorkflow } from "../../src/workflows/scheduling/book-slot"
import { releaseSlotWorkflow } from "../../src/workflows/scheduling/release-slot"

jest.setTimeout(120_000)

const ADMIN = { email: "schedule-admin@test.dasturxon.local", password: "correct-horse-battery" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const scheduling = () => container().resolve<SchedulingModuleService>(SCHEDULING_MODULE)
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

    beforeAll(async () => {
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
  },
})
