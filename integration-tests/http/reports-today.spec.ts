import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, capturePaymentWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { INVENTORY_LEDGER_MODULE } from "../../src/modules/inventory-ledger"
import type InventoryLedgerModuleService from "../../src/modules/inventory-ledger/service"
import { dayOf } from "../../src/modules/reports/days"
import { STAFF_CHANNEL_MODULE } from "../../src/modules/staff-channel"
import type StaffChannelModuleService from "../../src/modules/staff-channel/service"
import { eventually } from "../helpers/eventually"
import { type SoldProduct, systemOrders } from "../helpers/system-orders"

jest.setTimeout(300_000)

const STAFF = { email: "reports-today@test.dasturxon.local", password: "correct-horse-battery" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    const staffChannel = () => container().resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const orders = systemOrders(container)
    let staff: Record<string, string>
    let cake: SoldProduct
    let sellerId: string
    let customerId: string
    const get = (url: string, headers: Record<string, string> = staff) => api.get(url, { headers, validateStatus: () => true })

    // test-utils restores the database before each test from a snapshot taken after this hook
    beforeAll(async () => {
      await seedDemoStore(container(), { bakeries: false })
      ;({ cake, seller_id: sellerId } = await orders.prepare())
      const [customer] = await container().resolve(Modules.CUSTOMER).createCustomers([{ email: "today-buyer@test.dasturxon.local", first_name: "Dilnoza" }])
      customerId = customer.id
      await ensureAdminUser(container(), STAFF)
      staff = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", STAFF)).data.token}` }
    })

    /** An order of two cakes placed now through a cart, paid (captured), and the ticket its payment publishes. */
    async function paidOrderToday() {
      const placed = await orders.placeOrder(customerId, [{ variant_id: cake.variant_id, quantity: 2 }])
      const { data: [order] }: { data: any[] } = await query().graph({
        entity: "order",
        fields: ["id", "total", "currency_code", "payment_collections.payments.id"],
        filters: { id: placed.id },
      })
      await capturePaymentWorkflow(container()).run({ input: { payment_id: order.payment_collections[0].payments[0].id } })
      const ticket = await eventually(async () => (await staffChannel().listProductionTickets({ order_id: order.id }))[0], "the order's ticket")
      // the order's seller is its bakery link, made by a subscriber of order.placed
      await eventually(async () => {
        const { data: [linked] }: { data: any[] } = await query().graph({ entity: "order", fields: ["bakery.id"], filters: { id: order.id } })
        return (linked.bakery?.id ?? "store") === sellerId ? true : undefined
      }, "the order's bakery link")
      return { order: { id: order.id as string, total: Number(order.total), currency_code: order.currency_code as string }, ticket }
    }

    /** An order Medusa stores with its created_at a day back: yesterday in any time zone. */
    async function orderYesterday() {
      const [order] = await container()
        .resolve(Modules.ORDER)
        .createOrders([{ currency_code: "uzs", email: "yesterday@test.dasturxon.local", items: [{ title: cake.title, quantity: 1, unit_price: 400_000 }] }])
      await container().resolve(ContainerRegistrationKeys.PG_CONNECTION)("order").where({ id: order.id }).update({ created_at: new Date(Date.now() - 86_400_000) })
    }

    it("counts a paid order placed today with its total, and its open ticket; yesterday's order is left out", async () => {
      await orderYesterday()
      const { order, ticket } = await paidOrderToday()
      expect(ticket.status).toBe("NEW")
      expect(order.total).toBeGreaterThan(0)

      const { status, data } = await get("/admin/reports/today")
      expect(status).toBe(200)
      expect(data).toMatchObject({ date: dayOf(new Date(), "Asia/Tashkent"), tz: "Asia/Tashkent", seller: null, open_tickets: 1, low_stock: 0 })
      expect(data.sales).toEqual([expect.objectContaining({ currency_code: order.currency_code, orders: 1, canceled_orders: 0, total: order.total, net: order.total })])
    })

    it("shows a refund, then a cancel, of today's order on the next call of the sales report and the today summary", async () => {
      const { order } = await paidOrderToday()
      const today = dayOf(new Date(), "Asia/Tashkent")
      const salesToday = async () => (await get(`/admin/reports/sales?from=${today}&to=${today}`)).data.currency_rows
      expect(await salesToday()).toEqual([expect.objectContaining({ orders: 1, total: order.total, refunds: 0, net: order.total })])

      const { data: [paid] }: { data: any[] } = await query().graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
      await refundPaymentWorkflow(container()).run({ input: { payment_id: paid.payment_collections[0].payments[0].id, amount: 10_000 } })
      expect(await salesToday()).toEqual([expect.objectContaining({ orders: 1, total: order.total, refunds: 10_000, net: order.total - 10_000 })])
      expect((await get("/admin/reports/today")).data.sales).toEqual([expect.objectContaining({ refunds: 10_000, net: order.total - 10_000 })])

      await cancelOrderWorkflow(container()).run({ input: { order_id: order.id } })
      expect(await salesToday()).toEqual([expect.objectContaining({ orders: 0, canceled_orders: 1 })])
    })

    it("narrows orders and tickets to one seller and counts crossed stock thresholds shop-wide", async () => {
      const { order } = await paidOrderToday()
      await container()
        .resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE)
        .createStockThresholds([{ inventory_item_id: "iitem_today_low", location_id: "sloc_today", threshold: 5, below_since: new Date() }])

      const own = await get(`/admin/reports/today?seller=${sellerId}`)
      expect(own.data).toMatchObject({ seller: sellerId, open_tickets: 1, low_stock: 1 })
      expect(own.data.sales).toEqual([expect.objectContaining({ currency_code: order.currency_code, orders: 1, total: order.total })])

      const other = await get("/admin/reports/today?seller=bak_without_orders")
      expect(other.data).toMatchObject({ seller: "bak_without_orders", sales: [], open_tickets: 0, low_stock: 1 })
    })

    it("takes today in the asked time zone", async () => {
      const { data } = await get("/admin/reports/today?tz=Pacific/Kiritimati")
      expect(data).toMatchObject({ date: dayOf(new Date(), "Pacific/Kiritimati"), tz: "Pacific/Kiritimati" })
    })

    it("is for staff only and refuses unknown parameters and time zones", async () => {
      expect((await get("/admin/reports/today", {})).status).toBe(401)
      const badZone = await get("/admin/reports/today?tz=Mars/Olympus")
      expect(badZone.status).toBe(400)
      expect(JSON.stringify(badZone.data)).toContain("tz must be an IANA time zone")
      expect((await get("/admin/reports/today?from=2026-01-01")).status).toBe(400)
    })
  },
})
