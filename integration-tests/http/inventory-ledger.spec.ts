import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { INVENTORY_LEDGER_MODULE } from "../../src/modules/inventory-ledger"
import type InventoryLedgerModuleService from "../../src/modules/inventory-ledger/service"
import recordFulfillmentMovements from "../../src/subscribers/inventory-ledger-fulfillments"
import { setStaffChatWorkflow } from "../../src/workflows/staff-channel/set-staff-chat"
import { eventually } from "../helpers/eventually"
import { botAgainstFakeTelegram } from "../helpers/fake-telegram"
import { type SoldProduct, systemOrders } from "../helpers/system-orders"

jest.setTimeout(300_000)

const TOKEN = "7000000009:AAH-dasturxon-ledger-token-0123456789"
const SECRET = "dasturxon-ledger-secret-0123"
const fake = botAgainstFakeTelegram(TOKEN, SECRET)
const STAFF_CHAT = -1001000000091
// the default LEDGER_CORRECTION_APPROVAL_THRESHOLD
const APPROVAL_THRESHOLD = 20
const CLERK = { email: "ledger-clerk@test.dasturxon.local", password: "correct-horse-battery" }
const MANAGER = { email: "ledger-manager@test.dasturxon.local", password: "correct-horse-battery" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    const ledger = () => container().resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE)
    const orders = systemOrders(container)
    let cake: SoldProduct
    let other: SoldProduct
    let clerk: Record<string, string>
    let manager: Record<string, string>
    const send = (method: "get" | "post" | "delete", url: string, headers: Record<string, string>, data?: unknown) =>
      api.request({ method, url, data, headers, validateStatus: () => true })

    /** The inventory item of a variant and the one location it is stocked at. */
    async function stockOf(variantId: string) {
      const { data: [variant] }: { data: any[] } = await query().graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantId } })
      const inventory_item_id: string = variant.inventory_items[0].inventory_item_id
      const [level] = await container().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id })
      return { inventory_item_id, location_id: level.location_id, stocked: Number(level.stocked_quantity) }
    }
    const stocked = async (variantId: string) => (await stockOf(variantId)).stocked

    async function sellAndFulfil(variantId: string, quantity: number) {
      const customer = await container().resolve(Modules.CUSTOMER).createCustomers({ first_name: "Ledger", last_name: "Buyer" })
      const order = await orders.placeOrder(customer.id, [{ variant_id: variantId, quantity }])
      const { result } = await createOrderFulfillmentWorkflow(container()).run({
        input: { order_id: order.id, items: order.items.map((item) => ({ id: item.id, quantity: item.quantity })), no_notification: true },
      })
      return result.id as string
    }
    const lowStockMessages = () => fake().messagesIn(STAFF_CHAT).filter((message) => message.text?.startsWith("Low stock:"))
    const feedAlerts = async () =>
      (await container().resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed" })).filter((notification) => String(notification.data?.title ?? "").startsWith("Low stock:"))

    beforeAll(async () => {
      let sellerId: string
      await seedDemoStore(container())
      ;({ cake, other, seller_id: sellerId } = await orders.prepare())
      await setStaffChatWorkflow(container()).run({ input: { seller_id: sellerId, staff_chat_id: String(STAFF_CHAT), language: "en" } })
      for (const user of [CLERK, MANAGER]) await ensureAdminUser(container(), user)
      clerk = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", CLERK)).data.token}` }
      manager = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", MANAGER)).data.token}` }
    })

    it("records incoming, loss, return and a correction with the quantity before and after, moving Medusa's level", async () => {
      await orders.stockPlenty([other.variant_id], 50)
      const { inventory_item_id, location_id } = await stockOf(other.variant_id)
      const steps = [
        { reason: "incoming", quantity: 10, change: 10 },
        { reason: "loss", quantity: 3, change: -3, note: "wilted" },
        { reason: "return", quantity: 2, change: 2 },
        { reason: "correction", quantity: -4, change: -4 },
      ]
      let expected = 50
      for (const { change, ...step } of steps) {
        const response = await send("post", "/admin/inventory-ledger/movements", clerk, { inventory_item_id, location_id, ...step })
        expect(response.status).toBe(201)
        expect(response.data.movement).toMatchObject({ reason: step.reason.toUpperCase(), quantity: change, quantity_before: expected, quantity_after: expected + change, actor_type: "user" })
        expect(response.data.movement.actor_id).toMatch(/^user_/)
        expected += change
        expect(await stocked(other.variant_id)).toBe(expected)
      }
      const listed = await send("get", `/admin/inventory-ledger/movements?inventory_item_id=${inventory_item_id}`, clerk)
      expect(listed.data.movements.map((row: any) => row.reason)).toEqual(["CORRECTION", "RETURN", "LOSS", "INCOMING"])
      expect(listed.data.movements[0]).toMatchObject({ title: expect.any(String), location_name: expect.any(String) })
      const losses = await send("get", `/admin/inventory-ledger/movements?inventory_item_id=${inventory_item_id}&reason=loss`, clerk)
      expect(losses.data.movements).toEqual([expect.objectContaining({ note: "wilted", quantity: -3 })])
      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10)
      expect((await send("get", `/admin/inventory-ledger/movements?inventory_item_id=${inventory_item_id}&from=${tomorrow}`, clerk)).data.count).toBe(0)

      const tooMuch = await send("post", "/admin/inventory-ledger/movements", clerk, { inventory_item_id, location_id, reason: "loss", quantity: expected + 1 })
      expect(tooMuch.status).toBe(409)
      expect(tooMuch.data).toMatchObject({ code: "INSUFFICIENT_STOCK", message: expect.stringContaining(`Only ${expected} in stock`) })
      const zero = await send("post", "/admin/inventory-ledger/movements", clerk, { inventory_item_id, location_id, reason: "incoming", quantity: 0 })
      expect(zero.status).toBe(400)
      expect(zero.data.code).toBe("INVALID_QUANTITY")
      expect(await stocked(other.variant_id)).toBe(expected)
      expect(await ledger().listStockMovements({ inventory_item_id })).toHaveLength(4)
    })

    it("records a sale from a real fulfilment once, even when the event is delivered again", async () => {
      await orders.stockPlenty([cake.variant_id], 100)
      const { inventory_item_id } = await stockOf(cake.variant_id)
      const fulfillmentId = await sellAndFulfil(cake.variant_id, 2)
      const [sale] = await eventually(async () => {
        const rows = await ledger().listStockMovements({ source_id: fulfillmentId })
        return rows.length ? rows : undefined
      }, "the SALE row")
      expect(sale).toMatchObject({ inventory_item_id, reason: "SALE", quantity: -2, quantity_before: 100, quantity_after: 98, actor_id: null, source_type: "fulfillment" })
      const event = { name: "order.fulfillment_created", data: { fulfillment_id: fulfillmentId } }
      await Promise.all([1, 2, 3].map(() => recordFulfillmentMovements({ event, container: container() } as any)))
      expect(await ledger().listStockMovements({ source_id: fulfillmentId })).toHaveLength(1)
      expect(await stocked(cake.variant_id)).toBe(98)
    })

    it("keeps a correction over the threshold pending until a different member of staff approves it", async () => {
      await orders.stockPlenty([other.variant_id], 100)
      const { inventory_item_id, location_id } = await stockOf(other.variant_id)
      const asked = await send("post", "/admin/inventory-ledger/movements", clerk, { inventory_item_id, location_id, reason: "correction", quantity: -(APPROVAL_THRESHOLD + 10), note: "stocktake" })
      expect(asked.status).toBe(202)
      expect(asked.data).toMatchObject({ movement: null, correction_request: { status: "PENDING", quantity: -30 } })
      const id = asked.data.correction_request.id
      expect(await stocked(other.variant_id)).toBe(100)
      const pending = await send("get", "/admin/inventory-ledger/corrections?status=pending", manager)
      expect(pending.data.correction_requests.map((row: any) => row.id)).toContain(id)

      const own = await send("post", `/admin/inventory-ledger/corrections/${id}/approve`, clerk)
      expect(own.status).toBe(409)
      expect(own.data).toEqual({ type: "conflict", code: "SAME_APPROVER", message: "You asked for this correction; another member of staff has to approve it." })
      expect(await stocked(other.variant_id)).toBe(100)

      // the manager presses approve three times at once: one applies, the others find it decided
      const approvals = await Promise.all([1, 2, 3].map(() => send("post", `/admin/inventory-ledger/corrections/${id}/approve`, manager)))
      expect(approvals.map((response) => response.status).sort()).toEqual([200, 409, 409])
      expect(approvals.filter((response) => response.status === 409).map((response) => response.data.code)).toEqual(["CORRECTION_NOT_PENDING", "CORRECTION_NOT_PENDING"])
      expect(await stocked(other.variant_id)).toBe(70)
      const [row] = await ledger().listStockMovements({ source_id: id })
      expect(row).toMatchObject({ reason: "CORRECTION", quantity: -30, quantity_before: 100, quantity_after: 70, note: "stocktake" })
      expect(row.actor_id).not.toBe(asked.data.correction_request.requested_by)
      expect(await ledger().retrieveCorrectionRequest(id)).toMatchObject({ status: "APPROVED", movement_id: row.id })

      const rejected = await send("post", "/admin/inventory-ledger/movements", clerk, { inventory_item_id, location_id, reason: "correction", quantity: 50 })
      expect((await send("post", `/admin/inventory-ledger/corrections/${rejected.data.correction_request.id}/reject`, manager)).data.correction_request.status).toBe("REJECTED")
      expect(await stocked(other.variant_id)).toBe(70)
    })

    it("alerts the staff chat and the admin feed once per crossing of a low-stock line, not on every sale", async () => {
      await orders.stockPlenty([cake.variant_id], 10)
      const { inventory_item_id, location_id } = await stockOf(cake.variant_id)
      const set = await send("post", "/admin/inventory-ledger/thresholds", manager, { inventory_item_id, location_id, threshold: 9 })
      expect(set.status).toBe(200)
      const before = { chat: lowStockMessages().length, feed: (await feedAlerts()).length }

      const first = await sellAndFulfil(cake.variant_id, 2) // 10 → 8: crosses the line
      const [alert] = await eventually(() => (lowStockMessages().length > before.chat ? lowStockMessages().slice(before.chat) : undefined), "the low-stock alert")
      expect(alert.text).toContain("left (alert line 9)")
      expect(alert.text).toContain(": 8 left")
      const second = await sellAndFulfil(cake.variant_id, 2) // 8 → 6: still under, no new alert
      await eventually(async () => ((await ledger().listStockMovements({ source_id: [first, second] })).length === 2 ? true : undefined), "both SALE rows")
      const low = await send("get", "/admin/inventory-ledger/alerts", manager)
      expect(low.data.low_stock).toEqual([expect.objectContaining({ inventory_item_id, threshold: 9, stocked_quantity: 6 })])

      // back above the line re-arms it; the next fall is a new crossing with its own alert
      await send("post", "/admin/inventory-ledger/movements", clerk, { inventory_item_id, location_id, reason: "incoming", quantity: 10 })
      expect((await send("get", "/admin/inventory-ledger/alerts", manager)).data.low_stock).toEqual([])
      await send("post", "/admin/inventory-ledger/movements", clerk, { inventory_item_id, location_id, reason: "loss", quantity: 10, note: "broken" })
      await eventually(() => (lowStockMessages().length >= before.chat + 2 ? true : undefined), "the second crossing's alert")
      expect(lowStockMessages().length).toBe(before.chat + 2)
      const feed = await eventually(async () => ((await feedAlerts()).length >= before.feed + 2 ? feedAlerts() : undefined), "both feed alerts")
      expect(feed).toHaveLength(before.feed + 2)
    })

    it("imports stock levels from CSV: a bad row refuses the whole file, a dry run applies nothing, then it applies", async () => {
      await orders.stockPlenty([cake.variant_id, other.variant_id], 40)
      const a = await stockOf(cake.variant_id)
      const b = await stockOf(other.variant_id)
      const header = "inventory_item_id,location_id,stocked_quantity"
      const bad = [header, `${a.inventory_item_id},${a.location_id},45`, `${b.inventory_item_id},${b.location_id},lots`, `iitem_missing,${a.location_id},3`].join("\n")
      const refused = await send("post", "/admin/inventory-ledger/import", manager, { csv: bad })
      expect(refused.status).toBe(400)
      expect(refused.data.code).toBe("INVALID_CSV")
      expect(refused.data.message).toContain('line 3: stocked_quantity "lots" is not a whole number of 0 or more')
      expect(refused.data.message).toContain("line 4: item iitem_missing is not stocked")
      expect(refused.data.message).not.toContain("line 2")
      expect([await stocked(cake.variant_id), await stocked(other.variant_id)]).toEqual([40, 40])

      const good = [header, `${a.inventory_item_id},${a.location_id},45`, `${b.inventory_item_id},${b.location_id},40`].join("\r\n")
      const dry = await send("post", "/admin/inventory-ledger/import", manager, { csv: good, dry_run: true })
      expect(dry.status).toBe(200)
      expect(dry.data).toEqual({
        dry_run: true,
        changes: [{ line: 2, inventory_item_id: a.inventory_item_id, sku: null, location_id: a.location_id, before: 40, after: 45, needs_approval: false }],
        unchanged: 1,
        applied: 0,
        pending_corrections: [],
      })
      expect(await stocked(cake.variant_id)).toBe(40)

      const applied = await send("post", "/admin/inventory-ledger/import", manager, { csv: good })
      expect(applied.data).toMatchObject({ dry_run: false, applied: 1 })
      expect(await stocked(cake.variant_id)).toBe(45)
      const [row] = await ledger().listStockMovements({ inventory_item_id: a.inventory_item_id, note: "CSV import, line 2" })
      expect(row).toMatchObject({ reason: "CORRECTION", quantity: 5, quantity_before: 40, quantity_after: 45 })

      const exported = await api.get("/admin/inventory-ledger/export", { headers: manager, responseType: "arraybuffer" })
      expect(exported.headers["content-type"]).toContain("text/csv")
      const bytes = Buffer.from(exported.data)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // the UTF-8 BOM, for Excel
      const text = bytes.toString("utf8")
      expect(text.startsWith("\uFEFFinventory_item_id,sku,title,location_id,location_name,stocked_quantity,reserved_quantity\r\n")).toBe(true)
      expect(text).toContain(`${a.inventory_item_id},`)
      expect(text.split("\r\n").find((line) => line.startsWith(a.inventory_item_id))).toMatch(new RegExp(`,${a.location_id},[^,]*,45,\\d+$`))
    })
  },
})
