import { dateRuns, dayOf, daysSpan, periodOf } from "../days"
import { salesFacts, type ReportOrder } from "../facts"
import { productsReport } from "../products"
import { salesReport } from "../sales"

const TZ = "Asia/Tashkent"

const order = (overrides: Partial<ReportOrder>): ReportOrder => ({
  id: "order_1",
  created_at: "2026-12-05T10:00:00Z",
  status: "pending",
  currency_code: "uzs",
  original_total: 180_000,
  discount_total: 0,
  total: 180_000,
  sales_channel: { name: "Telegram" },
  bakery: null,
  payment_collections: [{ payments: [{ provider_id: "pp_payme_payme", refunds: [] }] }],
  items: [{ product_id: "prod_nap", variant_id: "var_nap_1kg", product_title: "Наполеон", variant_title: "1 kg", quantity: 1, total: 165_000 }],
  ...overrides,
})

describe("report days", () => {
  it("puts 23:59 and 00:01 Tashkent of one UTC day on different shop days", () => {
    expect(dayOf("2026-12-05T18:59:00Z", TZ)).toBe("2026-12-05")
    expect(dayOf("2026-12-05T19:01:00Z", TZ)).toBe("2026-12-06")
  })

  it("spans whole shop days in UTC", () => {
    const { start, end } = daysSpan("2026-12-01", "2026-12-31", TZ)
    expect(start.toISOString()).toBe("2026-11-30T19:00:00.000Z")
    expect(end.toISOString()).toBe("2026-12-31T19:00:00.000Z")
  })

  it("names weeks by their Monday and months by YYYY-MM", () => {
    expect(periodOf("2026-12-06", "week")).toBe("2026-11-30") // a Sunday
    expect(periodOf("2026-12-07", "week")).toBe("2026-12-07") // a Monday
    expect(periodOf("2026-12-07", "month")).toBe("2026-12")
    expect(periodOf("2026-12-07", "day")).toBe("2026-12-07")
  })

  it("joins consecutive dates into runs", () => {
    expect(dateRuns(["2026-12-03", "2026-12-01", "2026-12-02", "2026-12-05"])).toEqual([
      { from: "2026-12-01", to: "2026-12-03" },
      { from: "2026-12-05", to: "2026-12-05" },
    ])
  })
})

describe("sales figures", () => {
  const orders: ReportOrder[] = [
    order({ id: "a" }),
    order({ id: "b", original_total: 180_000, discount_total: 18_000, total: 162_000 }),
    order({ id: "c", payment_collections: [{ payments: [{ provider_id: "pp_payme_payme", refunds: [{ amount: 50_000 }, { amount: "0.5" }] }] }] }),
    order({ id: "d", status: "canceled" }),
    order({ id: "e", currency_code: "usd", original_total: 15.1, total: 15.1, sales_channel: { name: "Web" }, payment_collections: [{ payments: [{ provider_id: "pp_stripe_stripe" }] }] }),
    order({ id: "f", status: "draft" }),
    order({ id: "g", created_at: "2026-12-05T19:30:00Z", bakery: { id: "bak_1" } }),
  ]

  it("adds each currency on its own, counts canceled orders apart and subtracts refunds", () => {
    const { sales } = salesFacts(orders, TZ)
    const report = salesReport(sales, "day")
    expect(report.currency_rows).toEqual([
      { currency_code: "usd", orders: 1, canceled_orders: 0, gross: 15.1, discounts: 0, total: 15.1, refunds: 0, net: 15.1, average_order_value: 15.1 },
      {
        currency_code: "uzs",
        orders: 4,
        canceled_orders: 1,
        gross: 720_000,
        discounts: 18_000,
        total: 702_000,
        refunds: 50_000.5,
        net: 651_999.5,
        average_order_value: 175_500,
      },
    ])
    expect(report.by_period.map((row) => [row.period, row.currency_code, row.orders])).toEqual([
      ["2026-12-05", "usd", 1],
      ["2026-12-05", "uzs", 3],
      ["2026-12-06", "uzs", 1],
    ])
    expect(report.by_sales_channel.map((row) => [row.sales_channel, row.currency_code, row.net])).toEqual([
      ["Telegram", "uzs", 651_999.5],
      ["Web", "usd", 15.1],
    ])
    expect(report.by_payment_method.map((row) => [row.payment_provider, row.currency_code])).toEqual([
      ["pp_payme_payme", "uzs"],
      ["pp_stripe_stripe", "usd"],
    ])
  })

  it("keeps one row per day, seller, currency, channel and provider", () => {
    const { sales } = salesFacts(orders, TZ)
    expect(sales.map((row) => [row.date, row.seller_id, row.currency_code, row.orders, row.canceled_orders])).toEqual([
      ["2026-12-05", "store", "uzs", 3, 1],
      ["2026-12-05", "store", "usd", 1, 0],
      ["2026-12-06", "bak_1", "uzs", 1, 0],
    ])
  })

  it("counts a refund once when Medusa's refund also added a credit line that lowered the order's total", () => {
    const refunded = order({ total: 130_000, credit_line_total: 50_000, payment_collections: [{ payments: [{ provider_id: "pp_payme_payme", refunds: [{ amount: 50_000 }] }] }] })
    const [row] = salesReport(salesFacts([refunded], TZ).sales, "day").currency_rows
    expect([row.total, row.refunds, row.net]).toEqual([180_000, 50_000, 130_000])
  })

  it("sums decimals exactly", () => {
    const tenths = Array.from({ length: 3 }, (_, i) => order({ id: `t${i}`, currency_code: "usd", original_total: 0.1, total: 0.1 }))
    expect(salesReport(salesFacts(tenths, TZ).sales, "month").currency_rows[0].total).toBe(0.3)
  })
})

describe("products report", () => {
  const lines = (id: string, variant: string, quantity: number, total: number): ReportOrder =>
    order({ id, items: [{ product_id: id.split(":")[0], variant_id: variant, product_title: id.split(":")[0], variant_title: variant, quantity, total }] })

  it("ranks sellers by units, lists sizes and the products never sold", () => {
    const rows = salesFacts(
      [lines("nap:1", "nap_1kg", 2, 330_000), lines("nap:2", "nap_2kg", 1, 300_000), lines("med:1", "med_1kg", 1, 150_000), order({ id: "x", status: "canceled" })],
      TZ
    )
    const report = productsReport(rows, [{ id: "nap", title: "Наполеон" }, { id: "med", title: "Медовик" }, { id: "tir", title: "Тирамису" }], 1)
    expect(report.best_sellers).toEqual([{ product_id: "nap", product_title: "nap", currency_code: "uzs", units: 3, revenue: 630_000 }])
    expect(report.low_sellers).toEqual([{ product_id: "med", product_title: "med", currency_code: "uzs", units: 1, revenue: 150_000 }])
    expect(report.variants.map((row) => [row.variant_id, row.units])).toEqual([
      ["nap_1kg", 2],
      ["nap_2kg", 1],
      ["med_1kg", 1],
    ])
    expect(report.never_sold).toEqual([{ id: "tir", title: "Тирамису" }])
  })

  it("counts add-ons attached to bouquets: attach rate per currency and each add-on's share of bouquet orders", () => {
    const item = (product_id: string, product_type: string, quantity: number, total: number) => ({
      product_id,
      variant_id: `${product_id}_v`,
      product_title: product_id,
      variant_title: "",
      product_type,
      quantity,
      total,
    })
    const rows = salesFacts(
      [
        order({ id: "b1", items: [item("roses", "bouquet", 1, 300_000), item("card", "add-on", 1, 10_000), item("card", "add-on", 1, 10_000)] }),
        order({ id: "b2", items: [item("tulips", "bouquet", 1, 250_000), item("vase", "add-on", 1, 40_000), item("card", "add-on", 2, 20_000)] }),
        order({ id: "b3", items: [item("box", "composition", 1, 400_000)] }),
        order({ id: "b4", items: [item("roses", "bouquet", 1, 300_000)], status: "canceled" }),
        order({ id: "c1", items: [item("napoleon", "cake", 1, 165_000), item("card", "add-on", 1, 10_000)] }),
      ],
      TZ
    )
    const report = productsReport(rows, [], 10)
    // b1, b2, b3 had a bouquet (a composition counts); b1 and b2 carried an add-on; the canceled b4 counts nowhere
    expect(report.bouquet_orders).toEqual([{ currency_code: "uzs", bouquet_orders: 3, with_add_ons: 2, attach_rate: 0.6667 }])
    expect(report.add_ons.map((row) => [row.product_id, row.units, row.revenue, row.attached_units, row.attached_orders, row.share_of_bouquet_orders])).toEqual([
      ["card", 5, 50_000, 4, 2, 0.6667],
      ["vase", 1, 40_000, 1, 1, 0.3333],
    ])
  })
})
