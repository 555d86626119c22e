import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STAFF_CHANNEL_MODULE } from "../../src/modules/staff-channel"
import type StaffChannelModuleService from "../../src/modules/staff-channel/service"
import type { TicketStatus } from "../../src/modules/staff-channel/transitions"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { eventually } from "../helpers/eventually"

jest.setTimeout(120_000)

const ADMIN = { email: "kitchen-admin@test.dasturxon.local", password: "correct-horse-battery" }
const HOUR_MS = 3_600_000

type StreamEvent = { id?: string; event?: string; data?: string; retry?: string }
type OpenStream = { status: number; headers: http.IncomingHttpHeaders; events: StreamEvent[]; close: () => void }

/** One SSE block ("field: value" lines) as an object; comment lines (": heartbeat") are skipped. */
const parseBlock = (block: string): StreamEvent =>
  Object.fromEntries(
    block
      .split("\n")
      .filter((line) => line && !line.startsWith(":"))
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trimStart()])
  )

// One suite for the kitchen's admin API; the database is restored to the state after beforeAll before every test.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { authorization: string }
    let ticketNumber = 0
    const streams: OpenStream[] = []

    const container = (): MedusaContainer => getContainer()
    const staffChannel = () => container().resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    // every answer comes back, refusals included, for the tests to check
    const get = (path: string, headers: Record<string, string> = admin) => api.get(path, { headers, validateStatus: () => true })
    const post = (path: string, body: unknown) => api.post(path, body, { headers: admin, validateStatus: () => true })

    /** Reads the stream as it comes, one parsed event per block, until closed (afterEach closes what a test left open). */
    function openStream(path: string, headers: Record<string, string> = admin): Promise<OpenStream> {
      return new Promise((resolve, reject) => {
        const request = http.get(new URL(path, api.defaults.baseURL), { headers }, (response) => {
          const stream: OpenStream = { status: response.statusCode!, headers: response.headers, events: [], close: () => request.destroy() }
          streams.push(stream)
          let buffer = ""
          response.setEncoding("utf8")
          response.on("data", (chunk: string) => {
            buffer += chunk
            for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
              stream.events.push(parseBlock(buffer.slice(0, end)))
              buffer = buffer.slice(end + 2)
            }
          })
          response.on("error", () => undefined)
          resolve(stream)
        })
        request.on("error", reject)
      })
    }
    const ticketEvents = (stream: OpenStream) =>
      stream.events.filter((event) => event.event === "ticket").map((event) => ({ id: event.id!, ticket: JSON.parse(event.data!) }))

    async function createTicket(fields: Partial<{ order_id: string; seller_id: string; status: TicketStatus; fulfillment: "PICKUP" | "DELIVERY"; paid_at: Date; seconds_to_accept: number | null }> = {}) {
      ticketNumber += 1
      const accepted = fields.seconds_to_accept != null && fields.paid_at
      return staffChannel().createProductionTickets({
        order_id: `order_test_${ticketNumber}`,
        display_id: ticketNumber,
        seller_id: "store",
        status: "NEW",
        fulfillment: "DELIVERY",
        paid_at: new Date(Date.now() - HOUR_MS),
        ...fields,
        ...(accepted ? { accepted_at: new Date(fields.paid_at!.getTime() + fields.seconds_to_accept! * 1000) } : {}),
      })
    }

    const recordChange = (ticket_id: string, from_status: TicketStatus | null, to_status: TicketStatus, created_at?: Date) =>
      staffChannel().createTicketChanges({ ticket_id, from_status, to_status, actor_type: "system", actor_id: null, actor_name: null, note: null, ...(created_at ? { created_at } : {}) })

    beforeAll(async () => {
      await ensureAdminUser(container(), ADMIN)
      admin = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", ADMIN)).data.token}` }
    })

    afterEach(() => streams.splice(0).forEach((stream) => stream.close()))

    describe("GET /admin/production/tickets", () => {
      it("lists tickets newest payment first with the order's items and slot, filtered by status and seller", async () => {
        const order = await container()
          .resolve(Modules.ORDER)
          .createOrders({
            currency_code: "uzs",
            email: "buyer@example.uz",
            items: [
              { title: "Medovik", variant_title: "16 cm", quantity: 1, unit_price: 150_000 },
              { title: "Napoleon", quantity: 2, unit_price: 90_000 },
            ],
            metadata: { wanted_date: "2026-03-01", wanted_time: "10:00–12:00", cake_message: "Tabriklaymiz!" },
          })
        const oldest = await createTicket({ order_id: order.id, paid_at: new Date(Date.now() - 3 * HOUR_MS) })
        const pickup = await createTicket({ status: "READY", fulfillment: "PICKUP", paid_at: new Date(Date.now() - 2 * HOUR_MS) })
        const bakerys = await createTicket({ seller_id: "bkry_sariq", paid_at: new Date(Date.now() - HOUR_MS) })

        const all = await get("/admin/production/tickets")
        expect(all.status).toBe(200)
        expect(all.data).toMatchObject({ count: 3, limit: 50, offset: 0 })
        expect(all.data.production_tickets.map((ticket: any) => ticket.id)).toEqual([bakerys.id, pickup.id, oldest.id])
        const withOrder = all.data.production_tickets[2]
        expect(withOrder).toMatchObject({
          display_id: oldest.display_id,
          status: "NEW",
          fulfillment: "DELIVERY",
          slot: { date: "2026-03-01", time: "10:00–12:00" },
          cake_message: "Tabriklaymiz!",
          next_statuses: ["ACCEPTED", "CANCELLED"],
          accepted_by_name: null,
        })
        expect(withOrder.items).toEqual(
          expect.arrayContaining([
            { title: "Medovik", variant_title: "16 cm", quantity: 1 },
            { title: "Napoleon", variant_title: null, quantity: 2 },
          ])
        )
        expect(all.data.production_tickets[1]).toMatchObject({ items: [], slot: null, next_statuses: ["PICKED_UP", "CANCELLED"] })

        const ids = async (path: string) => (await get(path)).data.production_tickets.map((ticket: any) => ticket.id)
        expect(await ids("/admin/production/tickets?status=NEW")).toEqual([bakerys.id, oldest.id])
        expect(await ids("/admin/production/tickets?status=NEW,READY&seller_id=store")).toEqual([pickup.id, oldest.id])
        expect(await ids("/admin/production/tickets?status=READY&status=NEW&seller_id=bkry_sariq")).toEqual([bakerys.id])
        const page = await get("/admin/production/tickets?limit=1&offset=1")
        expect(page.data).toMatchObject({ count: 3, limit: 1, offset: 1 })
        expect(page.data.production_tickets.map((ticket: any) => ticket.id)).toEqual([pickup.id])
      })

      it("answers one ticket with its history oldest first, and 404 for an unknown id", async () => {
        const ticket = await createTicket({ status: "ACCEPTED" })
        await recordChange(ticket.id, "NEW", "ACCEPTED", new Date(Date.now() - 1_000))
        await recordChange(ticket.id, null, "NEW", new Date(Date.now() - 60_000))

        const found = await get(`/admin/production/tickets/${ticket.id}`)
        expect(found.status).toBe(200)
        expect(found.data.production_ticket).toMatchObject({ id: ticket.id, status: "ACCEPTED", next_statuses: ["PREPARING", "CANCELLED"] })
        expect(found.data.production_ticket.history.map((change: any) => change.to_status)).toEqual(["NEW", "ACCEPTED"])

        const missing = await get("/admin/production/tickets/ptk_missing")
        expect(missing.status).toBe(404)
      })

      it("refuses an unknown status, a bad page and unknown parameters with 400 invalid_data", async () => {
        for (const query of ["status=BAKED", "status=NEW,BAKED", "limit=0", "limit=500", "offset=-1", "colour=red"]) {
          const response = await get(`/admin/production/tickets?${query}`)
          expect([query, response.status, response.data.type]).toEqual([query, 400, "invalid_data"])
        }
        expect((await get("/admin/production/tickets?status=BAKED")).data.message).toContain("status must be one of NEW, ACCEPTED")
      })
    })

    describe("GET /admin/production/kpis", () => {
      const day = (iso: string) => new Date(`2026-01-10T${iso}Z`)

      it("measures acceptance over tickets paid in the range: median, p90, the 15-minute share, per seller", async () => {
        for (const seconds_to_accept of [30, 120, 600, 1200, null]) await createTicket({ paid_at: day("09:00:00"), seconds_to_accept })
        await createTicket({ seller_id: "bkry_sariq", paid_at: day("10:00:00"), seconds_to_accept: 60 })
        await createTicket({ paid_at: new Date("2026-01-12T09:00:00Z"), seconds_to_accept: 5 })

        const response = await get("/admin/production/kpis?from=2026-01-10T00:00:00Z&to=2026-01-11T00:00:00Z")
        expect(response.status).toBe(200)
        expect(response.data).toMatchObject({ from: "2026-01-10T00:00:00.000Z", to: "2026-01-11T00:00:00.000Z" })
        // overall waits 30, 60, 120, 600, 1200: median the middle one; p90 at rank 3.6, 600 + 0.6 × 600
        expect(response.data.overall).toEqual({
          tickets: 6,
          accepted: 5,
          median_seconds_to_accept: 120,
          p90_seconds_to_accept: 960,
          accepted_within_15_min_share: 4 / 6,
        })
        expect(response.data.by_seller).toEqual([
          { seller_id: "bkry_sariq", tickets: 1, accepted: 1, median_seconds_to_accept: 60, p90_seconds_to_accept: 60, accepted_within_15_min_share: 1 },
          // store waits 30, 120, 600, 1200: median (120 + 600) / 2; p90 at rank 2.7, 600 + 0.7 × 600
          { seller_id: "store", tickets: 5, accepted: 4, median_seconds_to_accept: 360, p90_seconds_to_accept: 1020, accepted_within_15_min_share: 0.6 },
        ])
      })

      it("defaults to the last 7 days", async () => {
        await createTicket({ paid_at: new Date(Date.now() - 6 * 24 * HOUR_MS), seconds_to_accept: 100 })
        await createTicket({ paid_at: new Date(Date.now() - 8 * 24 * HOUR_MS), seconds_to_accept: 100 })
        const response = await get("/admin/production/kpis")
        expect(response.status).toBe(200)
        expect(response.data.overall).toMatchObject({ tickets: 1, accepted: 1 })
        expect(new Date(response.data.to).getTime() - new Date(response.data.from).getTime()).toBe(7 * 24 * HOUR_MS)
      })

      it("refuses bad dates with 400 invalid_data, a reversed or over-long range with 400 INVALID_DATE_RANGE", async () => {
        const bad = await get("/admin/production/kpis?from=yesterday")
        expect(bad).toMatchObject({ status: 400, data: { type: "invalid_data" } })
        expect(bad.data.message).toContain("'from'")
        const reversed = await get("/admin/production/kpis?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
        expect(reversed).toMatchObject({ status: 400, data: { code: "INVALID_DATE_RANGE" } })
        const tooLong = await get("/admin/production/kpis?from=2025-01-01T00:00:00Z&to=2026-01-03T00:00:00Z")
        expect(tooLong).toMatchObject({ status: 400, data: { code: "INVALID_DATE_RANGE" } })
        expect((await get("/admin/production/kpis?from=2025-01-01T00:00:00Z&to=2026-01-02T00:00:00Z")).status).toBe(200)
      })
    })

    describe("GET /admin/production/stream", () => {
      it("refuses a request without an admin login", async () => {
        expect((await get("/admin/production/stream", {})).status).toBe(401)
      })

      it("sends a ticket changed after the browser connected, as an SSE `ticket` event", async () => {
        const ticket = await createTicket()
        const stream = await openStream("/admin/production/stream")
        expect(stream.status).toBe(200)
        expect(stream.headers["content-type"]).toMatch(/^text\/event-stream/)
        expect(stream.headers["cache-control"]).toContain("no-cache")
        await eventually(() => (stream.events.some((event) => event.retry) ? true : undefined), "the stream's retry line", 10_000)

        await staffChannel().updateProductionTickets({ id: ticket.id, status: "ACCEPTED", accepted_by_name: "Dilnoza" })
        const change = await recordChange(ticket.id, "NEW", "ACCEPTED")

        const [event] = await eventually(() => (ticketEvents(stream).length ? ticketEvents(stream) : undefined), "the ticket event", 10_000)
        expect(event.ticket).toMatchObject({ id: ticket.id, status: "ACCEPTED", accepted_by_name: "Dilnoza", next_statuses: ["PREPARING", "CANCELLED"] })
        expect(event.id).toBe(new Date(change.created_at).toISOString())
      })

      it("resumes after Last-Event-ID or ?since=, in the order the changes were made", async () => {
        const [first, second] = [await createTicket(), await createTicket()]
        const firstAt = new Date(Date.now() - 2_000)
        await recordChange(first.id, null, "NEW", firstAt)
        await recordChange(second.id, null, "NEW", new Date(Date.now() - 1_000))

        const resumed = await openStream("/admin/production/stream", { ...admin, "last-event-id": firstAt.toISOString() })
        const afterFirst = await eventually(() => (ticketEvents(resumed).length ? ticketEvents(resumed) : undefined), "the resumed events", 10_000)
        expect(afterFirst.map(({ ticket }) => ticket.id)).toEqual([second.id])

        const since = new Date(firstAt.getTime() - 1_000).toISOString()
        const replayed = await openStream(`/admin/production/stream?since=${since}`)
        const both = await eventually(() => (ticketEvents(replayed).length >= 2 ? ticketEvents(replayed) : undefined), "the replayed events", 10_000)
        expect(both.map(({ ticket }) => ticket.id)).toEqual([first.id, second.id])

        expect((await get("/admin/production/stream?since=soon")).status).toBe(400)
      })
    })

    describe("POST /admin/production/tickets/:id/transitions", () => {
      it("moves a ticket as the admin user, recorded in its history", async () => {
        const ticket = await createTicket({ status: "ACCEPTED" })
        const moved = await post(`/admin/production/tickets/${ticket.id}/transitions`, { to: "PREPARING" })
        expect(moved.status).toBe(200)
        expect(moved.data.production_ticket).toMatchObject({ id: ticket.id, status: "PREPARING", next_statuses: ["READY", "CANCELLED"] })
        const lastChange = moved.data.production_ticket.history.at(-1)
        expect(lastChange).toMatchObject({ from_status: "ACCEPTED", to_status: "PREPARING", actor_type: "admin", actor_name: ADMIN.email })
        expect(lastChange.actor_id).toMatch(/^user_/)
      })

      it("refuses a step the table does not allow with 409 INVALID_STATUS_TRANSITION and leaves the ticket", async () => {
        const ticket = await createTicket()
        const skipped = await post(`/admin/production/tickets/${ticket.id}/transitions`, { to: "READY" })
        expect(skipped).toMatchObject({ status: 409, data: { code: "INVALID_STATUS_TRANSITION" } })
        const pickup = await createTicket({ status: "READY", fulfillment: "PICKUP" })
        const delivered = await post(`/admin/production/tickets/${pickup.id}/transitions`, { to: "OUT_FOR_DELIVERY" })
        expect(delivered).toMatchObject({ status: 409, data: { code: "INVALID_STATUS_TRANSITION" } })
        const unchanged = await staffChannel().listProductionTickets({ id: [ticket.id, pickup.id] }, { order: { display_id: "ASC" } })
        expect(unchanged.map(({ status }) => status)).toEqual(["NEW", "READY"])
      })

      it("asks for a reason to cancel with 400 CANCEL_REASON_REQUIRED, and keeps the reason when given", async () => {
        const ticket = await createTicket({ status: "PREPARING" })
        const silent = await post(`/admin/production/tickets/${ticket.id}/transitions`, { to: "CANCELLED" })
        expect(silent).toMatchObject({ status: 400, data: { code: "CANCEL_REASON_REQUIRED" } })
        const blank = await post(`/admin/production/tickets/${ticket.id}/transitions`, { to: "CANCELLED", reason: "   " })
        expect(blank).toMatchObject({ status: 400, data: { code: "CANCEL_REASON_REQUIRED" } })
        const cancelled = await post(`/admin/production/tickets/${ticket.id}/transitions`, { to: "CANCELLED", reason: "Oven broke down" })
        expect(cancelled.status).toBe(200)
        expect(cancelled.data.production_ticket).toMatchObject({ status: "CANCELLED", cancel_reason: "Oven broke down", next_statuses: [] })
      })

      it("refuses an unknown target with 400 and an unknown ticket with 404", async () => {
        const ticket = await createTicket()
        expect(await post(`/admin/production/tickets/${ticket.id}/transitions`, { to: "BAKED" })).toMatchObject({ status: 400, data: { type: "invalid_data" } })
        expect((await post("/admin/production/tickets/ptk_missing/transitions", { to: "ACCEPTED" })).status).toBe(404)
      })
    })

    describe("/admin/staff-chats", () => {
      it("sets a seller's chats, replaces them on a second call, and lists them", async () => {
        const set = await post("/admin/staff-chats", { seller_id: "store", staff_chat_id: "-1001234567890", courier_chat_id: "@dasturxon_couriers" })
        expect(set.status).toBe(200)
        expect(set.data.staff_chat).toMatchObject({ seller_id: "store", staff_chat_id: "-1001234567890", courier_chat_id: "@dasturxon_couriers" })
        await post("/admin/staff-chats", { seller_id: "bkry_sariq", staff_chat_id: "@sariq_non_kitchen", language: "uz" })
        const replaced = await post("/admin/staff-chats", { seller_id: "store", staff_chat_id: "-1009876543210" })
        expect(replaced.data.staff_chat).toMatchObject({ id: set.data.staff_chat.id, staff_chat_id: "-1009876543210", courier_chat_id: null })

        const listed = await get("/admin/staff-chats")
        expect(listed.data.staff_chats.map(({ seller_id, staff_chat_id, language }: any) => [seller_id, staff_chat_id, language])).toEqual([
          ["bkry_sariq", "@sariq_non_kitchen", "uz"],
          ["store", "-1009876543210", "ru"],
        ])
      })

      it("refuses chat ids Telegram would not take with 400 and stores nothing", async () => {
        const bodies = [
          { seller_id: "store", staff_chat_id: "kitchen" },
          { seller_id: "store", staff_chat_id: "-100abc" },
          { seller_id: "store", staff_chat_id: "@abc" },
          { seller_id: "store", staff_chat_id: "-1001", courier_chat_id: "https://t.me/couriers" },
          { staff_chat_id: "-1001" },
          { seller_id: "store", staff_chat_id: "-1001", language: "de" },
        ]
        for (const body of bodies) {
          const response = await post("/admin/staff-chats", body)
          expect([body, response.status, response.data.type]).toEqual([body, 400, "invalid_data"])
        }
        expect((await get("/admin/staff-chats")).data.staff_chats).toEqual([])
      })
    })
  },
})
