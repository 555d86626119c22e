import { MathBN } from "@medusajs/framework/utils"
import { periodOf, type ReportGroup } from "./days"
import type { SalesCounts, SalesRow } from "./facts"

export type SalesFigures = SalesCounts & {
  currency_code: string
  /** total ÷ orders, rounded to 2 places; 0 without orders. */
  average_order_value: number
}

export type SalesReport = {
  currency_rows: SalesFigures[]
  by_period: (SalesFigures & { period: string })[]
  by_payment_method: (SalesFigures & { payment_provider: string })[]
  by_sales_channel: (SalesFigures & { sales_channel: string })[]
}

export const SALES_CSV_COLUMNS = ["period", "currency_code", "orders", "canceled_orders", "gross", "discounts", "total", "refunds", "net", "average_order_value"] as const

/** The report's tables a CSV can hold, each with its key column first. */
export const SALES_TABLE_CSV_COLUMNS = {
  by_period: SALES_CSV_COLUMNS,
  by_payment_method: ["payment_provider", ...SALES_CSV_COLUMNS.slice(1)],
  by_sales_channel: ["sales_channel", ...SALES_CSV_COLUMNS.slice(1)],
} as const

const AMOUNTS = ["gross", "discounts", "total", "refunds", "net"] as const

type Exact = ReturnType<typeof MathBN.convert>
type AmountField = (typeof AMOUNTS)[number]

/** Sums rows per currency and `keyOf` (a currency's figures are never added to another's), sorted by key then currency. */
function sumBy<Key extends string>(rows: SalesRow[], name: Key, keyOf: (row: SalesRow) => string): (SalesFigures & Record<Key, string>)[] {
  // amounts add up exactly, in arbitrary-precision sums kept per group (one conversion per row, not per addition)
  const groups = new Map<string, { key: string; currency_code: string; orders: number; canceled_orders: number; sums: Record<AmountField, Exact> }>()
  for (const row of rows) {
    const key = keyOf(row)
    const id = `${key}|${row.currency_code}`
    let group = groups.get(id)
    if (!group) {
      group = { key, currency_code: row.currency_code, orders: 0, canceled_orders: 0, sums: Object.fromEntries(AMOUNTS.map((field) => [field, MathBN.convert(0)])) as Record<AmountField, Exact> }
      groups.set(id, group)
    }
    group.orders += row.orders
    group.canceled_orders += row.canceled_orders
    for (const field of AMOUNTS) group.sums[field] = group.sums[field].plus(row[field])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { key, currency_code, orders, canceled_orders, sums }]) => ({
      [name]: key,
      currency_code,
      orders,
      canceled_orders,
      ...(Object.fromEntries(AMOUNTS.map((field) => [field, sums[field].toNumber()])) as Record<AmountField, number>),
      average_order_value: orders ? sums.total.div(orders).decimalPlaces(2).toNumber() : 0,
    }) as SalesFigures & Record<Key, string>)
}

/** The Sales report of daily rows (already limited to the range and seller). */
export function salesReport(rows: SalesRow[], group: ReportGroup): SalesReport {
  return {
    currency_rows: sumBy(rows, "currency", () => "").map(({ currency: _all, ...figures }) => figures),
    by_period: sumBy(rows, "period", (row) => periodOf(row.date, group)),
    by_payment_method: sumBy(rows, "payment_provider", (row) => row.payment_provider),
    by_sales_channel: sumBy(rows, "sales_channel", (row) => row.sales_channel),
  }
}
