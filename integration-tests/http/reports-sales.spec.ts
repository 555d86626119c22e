import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { REPORTS_MODULE } from "../../src/modules/reports"
import type ReportsModuleService from "../../src/modules/reports/service"
import { computeDailyReportsWorkflow } from "../../src/workflows/reports/compute-daily-reports"
import { cancelOrderWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import computeDailyReports from "../../src/jobs/compute-daily-reports"
import { eventually } from "../helpers/eventually"
import { SYSTEM_PAYMENT, type SoldProduct, systemOrders } from "../helpers/system-orders"

jest.setTimeout(300_000)

const STAFF = { email: "reports-staff@test.dasturxon.local", password: "correct-horse-battery" }
const TZ = "Asia/Tashkent"
// D is a Tuesday; every order is placed at noon in Tashkent (07:00 UTC) unless it tests midnight
const D = "2026-11-10"
const NEXT = "2026-11-11"
const NOON = `${D}T07:00:00Z`

type SeededOrder = {
  currency: "uzs" | "usd"
  channel: "Telegram" | "Web"
  lines: { product: "cake" | "other"; quantity: number; unit_price: number; discount?: number }[]
  created_at?: string
  status?: "pending" | "canceled"
  paid?: boolean
  refund?: number
}

/*
 * Hand-computed (no taxes, no shipping: gross = Σ unit_price × quantity, total = gross − discounts, net = total − refunds):
 * day D in UZS: A 180 000, B 180 000, C 200 000 − 20 000 (10 %), R 2 × 90 000 refunded 30 000, M 100 000 at 23:59
 *   → 5 orders, gross 840 000, discounts 20 000, total 820 000, refunds 30 000, net 790 000, AOV 164 000;
 *   X (canceled, 180 000) only in canceled_orders.
 * day D in USD: U 25.50 (unpaid) → 1 order, 25.5 everywhere.
 * day D+1 in UZS: N 50 000 at 00:01 Tashkent (the same UTC day as M).
 */
const ORDERS: Record<string, SeededOrder> = {
  A: { currency: "uzs", channel: "Telegram", lines: [{ product: "cake", quantity: 1, unit_price: 180_000 }], paid: true },
  B: { currency: "uzs", channel: "Telegram", lines: [{ product: "cake", quantity: 1, unit_price: 180_000 }], paid: true },
  C: { currency: "uzs", channel: "Web", lines: [{ product: "other", quantity: 1, unit_price: 200_000, discount: 20_000 }], paid: true },
  R: { currency: "uzs", channel: "Telegram", lines: [{ product: "cake", quantity: 2, unit_price: 90_000 }], paid: true, refund: 30_000 },
  X: { currency: "uzs", channel: "Telegram", lines: [{ product: "cake", quantity: 1, unit_price: 180_000 }], status: "canceled", paid: true },
  U: { currency: "usd", channel: "Web", lines: [{ product: "other", quantity: 1, unit_price: 25.5 }] },
  M: { currency: "uzs", channel: "Telegram", lines: [{ product: "other", quantity: 1, unit_price: 100_000 }], created_at: `${D}T18:59:00Z`, paid: true },
  N: { currency: "uzs", channel: "Telegram", lines: [{ product: "cake", quantity: 1, unit_price: 50_000 }], created_at: `${D}T19:01:00Z`, paid: true },
}

const figures = (orders: number, canceled_orders: number, gross: number, discounts: number, refunds: number) => {
  const total = gross - discounts
  return { orders, canceled_orders, gross, discounts, total, refunds, net: total - refunds, average_order_value: orders ? total / orders : 0 }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const reports = () => container().resolve<ReportsModuleService>(REPORTS_MODULE)
    let staff: Record<string, string>
    let products: Record<"cake" | "other", SoldProduct>
    const seededIds: Record<string, { order_id: string; payment_id?: string }> = {}
    const get = (url: string, headers: Record<string, string> = staff, responseType?: "arraybuffer") => api.get(url, { headers, validateStatus: () => true, responseType })

    /** An order as Medusa stores it, with a system-provider payment (captured and partly refunded when asked). */
    async function seedOrder(seeded: SeededOrder, channels: Map<string, string>): Promise<{ order_id: string; payment_id?: string }> {
      const orderModule = container().resolve(Modules.ORDER)
      const [order] = await orderModule.createOrders([
        {
          currency_code: seeded.currency,
          sales_channel_id: channels.get(seeded.channel),
          status: seeded.status ?? "pending",
          email: "reports-buyer@test.dasturxon.local",
          items: seeded.lines.map((line) => ({
            title: products[line.product].title,
            product_id: products[line.product].id,
            product_title: products[line.product].title,
            variant_id: products[line.product].variant_id,
            variant_title: products[line.product].variant_title,
            quantity: line.quantity,
            unit_price: line.unit_price,
            adjustments: line.discount ? [{ code: "TEN", amount: line.discount }] : [],
          })),
        },
      ])
      await container().resolve(ContainerRegistrationKeys.PG_CONNECTION)("order").where({ id: order.id }).update({ created_at: new Date(seeded.created_at ?? NOON) })
      if (!seeded.paid) return { order_id: order.id }
      const payments = container().resolve(Modules.PAYMENT)
      const amount = seeded.lines.reduce((sum, line) => sum + line.quantity * line.unit_price - (line.discount ?? 0), 0)
      const [collection] = await payments.createPaymentCollections([{ currency_code: seeded.currency, amount }])
      await container().resolve(ContainerRegistrationKeys.LINK).create({ [Modules.ORDER]: { order_id: order.id }, [Modules.PAYMENT]: { payment_collection_id: collection.id } })
      const session = await payments.createPaymentSession(collection.id, { provider_id: SYSTEM_PAYMENT, amount, currency_code: seeded.currency, data: {} })
      const payment = await payments.authorizePaymentSession(session.id, {})
      if (!payment) throw new Error(`the system provider did not authorize order ${order.id}'s payment`)
      if (seeded.refund) {
        await payments.capturePayment({ payment_id: payment.id })
        await payments.refundPayment({ payment_id: payment.id, amount: seeded.refund })
      }
      return { order_id: order.id, payment_id: payment.id }
    }

    beforeAll(async () => {
      await seedDemoStore(container(), { bakeries: false })
      const { cake, other } = await systemOrders(container).prepare()
      products = { cake, other }
      const { data: channels } = await container().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "sales_channel", fields: ["id", "name"] })
      const channelIds = new Map(channels.map((channel) => [channel.name as string, channel.id as string]))
      for (const [name, seeded] of Object.entries(ORDERS)) seededIds[name] = await seedOrder(seeded, channelIds)
      await ensureAdminUser(container(), STAFF)
      staff = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", STAFF)).data.token}` }
    })

    it("answers the hand-computed sales of a day, currencies apart, canceled orders counted but not summed", async () => {
      const { status, data } = await get(`/admin/reports/sales?from=${D}&to=${D}`)
      expect(status).toBe(200)
      expect(data.currency_rows).toEqual([
        { currency_code: "usd", ...figures(1, 0, 25.5, 0, 0) },
        { currency_code: "uzs", ...figures(5, 1, 840_000, 20_000, 30_000) },
      ])
      expect(data.by_sales_channel).toEqual([
        { sales_channel: "Telegram", currency_code: "uzs", ...figures(4, 1, 640_000, 0, 30_000) },
        { sales_channel: "Web", currency_code: "usd", ...figures(1, 0, 25.5, 0, 0) },
        { sales_channel: "Web", currency_code: "uzs", ...figures(1, 0, 200_000, 20_000, 0) },
      ])
      expect(data.by_payment_method).toEqual([
        { payment_provider: "none", currency_code: "usd", ...figures(1, 0, 25.5, 0, 0) },
        { payment_provider: SYSTEM_PAYMENT, currency_code: "uzs", ...figures(5, 1, 840_000, 20_000, 30_000) },
      ])
    })

    it("puts 23:59 Tashkent on its day and 00:01 on the next, though both are the same UTC day", async () => {
      const { data } = await get(`/admin/reports/sales?from=${D}&to=${NEXT}`)
      expect(data.by_period).toEqual([
        { period: D, currency_code: "usd", ...figures(1, 0, 25.5, 0, 0) },
        { period: D, currency_code: "uzs", ...figures(5, 1, 840_000, 20_000, 30_000) },
        { period: NEXT, currency_code: "uzs", ...figures(1, 0, 50_000, 0, 0) },
      ])
      // in UTC both midnight orders fall on D
      const utc = await get(`/admin/reports/sales?from=${D}&to=${D}&tz=UTC`)
      expect(utc.data.currency_rows.find((row: { currency_code: string }) => row.currency_code === "uzs")).toEqual({ currency_code: "uzs", ...figures(6, 1, 890_000, 20_000, 30_000) })
      const week = await get(`/admin/reports/sales?from=${D}&to=${NEXT}&group=week`)
      expect(week.data.by_period).toEqual([
        { period: "2026-11-09", currency_code: "usd", ...figures(1, 0, 25.5, 0, 0) },
        { period: "2026-11-09", currency_code: "uzs", ...figures(6, 1, 890_000, 20_000, 30_000) },
      ])
    })

    it("gives the same figures live and from the daily table, and recomputing a day replaces its rows", async () => {
      const url = `/admin/reports/sales?from=${D}&to=${NEXT}&group=month`
      expect(await reports().listDailySales({})).toEqual([])
      const live = (await get(url)).data
      await computeDailyReportsWorkflow(container()).run({ input: { dates: [D, NEXT], tz: TZ } })
      const rows = await reports().listDailySales({ time_zone: TZ })
      // D: store × (uzs Telegram, uzs Web, usd Web) ; D+1: uzs Telegram
      expect(rows.map((row) => [row.date, row.currency_code, row.sales_channel, row.orders]).sort()).toEqual([
        [D, "usd", "Web", 1],
        [D, "uzs", "Telegram", 4],
        [D, "uzs", "Web", 1],
        [NEXT, "uzs", "Telegram", 1],
      ])
      const cached = (await get(url)).data
      expect(cached).toEqual(live)
      expect(cached.currency_rows[1]).toEqual({ currency_code: "uzs", ...figures(6, 1, 890_000, 20_000, 30_000) })
      await computeDailyReportsWorkflow(container()).run({ input: { dates: [D], tz: TZ } })
      expect(await reports().listDailySales({ time_zone: TZ })).toHaveLength(4)
      expect((await get(url)).data).toEqual(live)
      const productsLive = await reports().listDailyProductSales({ time_zone: TZ })
      expect(productsLive.length).toBeGreaterThan(0)
    })

    it("recomputes yesterday and the day before in Tashkent from the nightly job, whatever the server's clock zone", async () => {
      // 01:00 Tashkent on the 12th is still the 11th in UTC
      await computeDailyReports(container(), new Date(`${NEXT}T20:00:00Z`))
      const days = new Set((await reports().listDailySales({ time_zone: TZ })).map((row) => row.date))
      expect([...days].sort()).toEqual([D, NEXT])
    })

    it("recomputes a cached day when one of its orders is refunded or canceled later", async () => {
      await computeDailyReportsWorkflow(container()).run({ input: { dates: [D, NEXT], tz: TZ } })
      const cachedUzs = async () => {
        const { data } = await get(`/admin/reports/sales?from=${D}&to=${D}`)
        return data.currency_rows.find((row: { currency_code: string }) => row.currency_code === "uzs")
      }
      expect(await cachedUzs()).toEqual({ currency_code: "uzs", ...figures(5, 1, 840_000, 20_000, 30_000) })

      // a second refund of R, through Medusa's own workflow (it emits payment.refunded)
      await refundPaymentWorkflow(container()).run({ input: { payment_id: seededIds.R.payment_id!, amount: 10_000 } })
      await eventually(async () => ((await cachedUzs()).refunds === 40_000 ? true : undefined), "the refunded day recomputed")
      expect(await cachedUzs()).toEqual({ currency_code: "uzs", ...figures(5, 1, 840_000, 20_000, 40_000) })

      await cancelOrderWorkflow(container()).run({ input: { order_id: seededIds.A.order_id } })
      await eventually(async () => ((await cachedUzs()).canceled_orders === 2 ? true : undefined), "the canceled order's day recomputed")
      expect(await cachedUzs()).toEqual({ currency_code: "uzs", ...figures(4, 2, 660_000, 20_000, 40_000) })
      // the day's rows were replaced in the cache, not read live
      const refunded = await reports().listDailySales({ date: D, time_zone: TZ, currency_code: "uzs", sales_channel: "Telegram" })
      expect(refunded.map((row) => [row.orders, row.canceled_orders, Number(row.refunds)])).toEqual([[3, 2, 40_000]])
    })

    it("ranks products by units per currency, lists sizes and the published products never sold", async () => {
      const { status, data } = await get(`/admin/reports/products?from=${D}&to=${D}&seller=store`)
      expect(status).toBe(200)
      expect(data.best_sellers).toEqual([
        { product_id: products.cake.id, product_title: products.cake.title, currency_code: "uzs", units: 4, revenue: 540_000 },
        { product_id: products.other.id, product_title: products.other.title, currency_code: "uzs", units: 2, revenue: 280_000 },
        { product_id: products.other.id, product_title: products.other.title, currency_code: "usd", units: 1, revenue: 25.5 },
      ])
      expect(data.low_sellers[0]).toEqual({ product_id: products.other.id, product_title: products.other.title, currency_code: "usd", units: 1, revenue: 25.5 })
      expect(data.variants.map((row: { variant_id: string; units: number }) => [row.variant_id, row.units])).toEqual([
        [products.cake.variant_id, 4],
        [products.other.variant_id, 2],
        [products.other.variant_id, 1],
      ])
      const neverSold = data.never_sold.map((product: { id: string }) => product.id)
      expect(neverSold.length).toBeGreaterThan(0)
      expect(neverSold).not.toContain(products.cake.id)
      expect(neverSold).not.toContain(products.other.id)
      const elsewhere = await get(`/admin/reports/products?from=${D}&to=${D}&seller=bak_elsewhere`)
      expect(elsewhere.data).toEqual({ best_sellers: [], low_sellers: [], variants: [], never_sold: [], bouquet_orders: [], add_ons: [] })
    })

    it("exports the tables as CSV with a BOM and a header", async () => {
      const sales = await get(`/admin/reports/sales?from=${D}&to=${D}&format=csv`, staff, "arraybuffer")
      expect(sales.status).toBe(200)
      expect(sales.headers["content-type"]).toContain("text/csv")
      expect(sales.headers["content-disposition"]).toBe(`attachment; filename="sales-${D}-${D}.csv"`)
      const bytes = Buffer.from(sales.data)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(bytes.toString("utf8")).toBe(
        "\uFEFFperiod,currency_code,orders,canceled_orders,gross,discounts,total,refunds,net,average_order_value\r\n" +
          `${D},usd,1,0,25.5,0,25.5,0,25.5,25.5\r\n` +
          `${D},uzs,5,1,840000,20000,820000,30000,790000,164000\r\n`
      )
      const channels = await get(`/admin/reports/sales?from=${D}&to=${D}&format=csv&table=by_sales_channel`, staff, "arraybuffer")
      expect(channels.headers["content-disposition"]).toBe(`attachment; filename="sales-by_sales_channel-${D}-${D}.csv"`)
      expect(Buffer.from(channels.data).toString("utf8").split("\r\n").slice(0, 2)).toEqual([
        "\uFEFFsales_channel,currency_code,orders,canceled_orders,gross,discounts,total,refunds,net,average_order_value",
        "Telegram,uzs,4,1,640000,0,640000,30000,610000,160000",
      ])
      const variants = await get(`/admin/reports/products?from=${D}&to=${D}&format=csv&table=variants`, staff, "arraybuffer")
      const lines = Buffer.from(variants.data).toString("utf8").split("\r\n")
      expect(lines[0]).toBe("\uFEFFproduct_id,product_title,variant_id,variant_title,currency_code,units,revenue")
      expect(lines).toHaveLength(5) // header, three rows, the empty string after the last CRLF
    })

    it("is for staff only and refuses a bad range", async () => {
      for (const path of ["sales", "products"]) {
        expect((await get(`/admin/reports/${path}?from=${D}&to=${D}`, {})).status).toBe(401)
      }
      const reversed = await get(`/admin/reports/sales?from=${NEXT}&to=${D}`)
      expect(reversed.status).toBe(400)
      expect(JSON.stringify(reversed.data)).toContain("from must not be after to")
      expect((await get(`/admin/reports/sales?from=${D}&to=${D}&group=year`)).status).toBe(400)
    })
  },
})
