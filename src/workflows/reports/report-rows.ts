import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { datesBetween } from "../../modules/scheduling/slots"
import { REPORTS_MODULE } from "../../modules/reports"
import { dateRuns, dayOf, daysSpan } from "../../modules/reports/days"
import { ORDER_REPORT_FIELDS, salesFacts, type ProductRow, type ReportOrder, type SalesRow } from "../../modules/reports/facts"
import { readCurrentOrders, type OrderFilters } from "./current-orders"
import type ReportsModuleService from "../../modules/reports/service"
import type { DayRows, StockDayRow } from "../../modules/reports/service"
import { INVENTORY_LEDGER_MODULE } from "../../modules/inventory-ledger"
import type InventoryLedgerModuleService from "../../modules/inventory-ledger/service"

type Resolver = Pick<MedusaContainer, "resolve">

/** Medusa's orders of a span with the fields the reports read (ORDER_REPORT_FIELDS). */
async function readOrders(container: Resolver, filters: OrderFilters): Promise<ReportOrder[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ORDER_REPORT_FIELDS, filters })
  return data as unknown as ReportOrder[]
}

/**
 * The rows of days `from`…`to` in `timeZone` computed live from Medusa's orders (placed, not draft); `read` reads
 * them (readCurrentOrders for today's, which a report reads again on every call).
 */
export async function liveDayRows(container: Resolver, from: string, to: string, timeZone: string, read = readOrders): Promise<DayRows> {
  const { start, end } = daysSpan(from, to, timeZone)
  return salesFacts(await read(container, { created_at: { $gte: start, $lt: end }, is_draft_order: false }), timeZone)
}

const amount = (value: unknown) => MathBN.convert(value as number).toNumber()

export const toSalesRow = (row: Record<string, any>): SalesRow => ({
  date: row.date,
  seller_id: row.seller_id,
  currency_code: row.currency_code,
  sales_channel: row.sales_channel,
  payment_provider: row.payment_provider,
  orders: row.orders,
  canceled_orders: row.canceled_orders,
  gross: amount(row.gross),
  discounts: amount(row.discounts),
  total: amount(row.total),
  refunds: amount(row.refunds),
  net: amount(row.net),
  bouquet_orders: row.bouquet_orders,
  bouquet_orders_with_add_ons: row.bouquet_orders_with_add_ons,
})

export const toProductRow = (row: Record<string, any>): ProductRow => ({
  date: row.date,
  seller_id: row.seller_id,
  currency_code: row.currency_code,
  product_id: row.product_id,
  variant_id: row.variant_id,
  product_title: row.product_title,
  variant_title: row.variant_title,
  product_type: row.product_type,
  units: row.units,
  revenue: amount(row.revenue),
  attached_units: row.attached_units,
  attached_orders: row.attached_orders,
})

/** A range's days before today in `tz` (which the daily job may have cached), and its days from today on (read live). */
function splitAtToday(range: { from: string; to: string; tz: string }) {
  const dates = datesBetween(range.from, range.to)
  const today = dayOf(new Date(), range.tz)
  const past = dates.filter((date) => date < today)
  return { past, current: past.length < dates.length ? { from: dates[past.length], to: range.to } : null }
}

/**
 * The rows of a report's range: cached daily rows for days the job computed, live ones for the rest (today, and any
 * day never computed), so both ways give the same figures. `seller` limits them to "store" or one bakery. Cached
 * rows come summed over sellers, and product rows over days (readCachedDays): neither report groups by those.
 * `products: false` leaves the cached product rows unread, for a report that shows none.
 */
export async function reportRows(container: Resolver, range: { from: string; to: string; tz: string; seller?: string; products?: boolean }): Promise<DayRows> {
  const { past, current } = splitAtToday(range)
  const noRows = { computed: new Set<string>(), sales: [], products: [] }
  // today on is never cached: computed live while the cached days are read
  const [cached, currentRows] = await Promise.all([
    past.length ? container.resolve<ReportsModuleService>(REPORTS_MODULE).readCachedDays({ from: range.from, to: past[past.length - 1], timeZone: range.tz, seller: range.seller, products: range.products }) : noRows,
    current ? liveDayRows(container, current.from, current.to, range.tz, readCurrentOrders) : noRows,
  ])
  const live = [currentRows, ...(await Promise.all(dateRuns(past.filter((date) => !cached.computed.has(date))).map((run) => liveDayRows(container, run.from, run.to, range.tz))))]
  const ofSeller = <Row extends { seller_id: string }>(rows: Row[]) => (range.seller ? rows.filter((row) => row.seller_id === range.seller) : rows)
  return {
    sales: [...cached.sales, ...ofSeller(live.flatMap((rows) => rows.sales))],
    products: [...cached.products, ...ofSeller(live.flatMap((rows) => rows.products))],
  }
}

/**
 * The stock rows (per item, location and day) of a report's range: cached for days the job computed, summed from
 * the ledger for the rest (today, and any day never computed). `items` limits them to those inventory items.
 */
export async function stockDayRows(container: Resolver, range: { from: string; to: string; tz: string; items?: string[] }): Promise<StockDayRow[]> {
  const { past, current } = splitAtToday(range)
  const ledger = container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE)
  const live = (from: string, to: string) => ledger.listStockDays({ ...daysSpan(from, to, range.tz), timeZone: range.tz, items: range.items })
  const [cached, currentRows] = await Promise.all([
    past.length ? container.resolve<ReportsModuleService>(REPORTS_MODULE).readCachedStockDays({ from: range.from, to: past[past.length - 1], timeZone: range.tz, items: range.items }) : { computed: new Set<string>(), rows: [] },
    current ? live(current.from, current.to) : [],
  ])
  const uncached = await Promise.all(dateRuns(past.filter((date) => !cached.computed.has(date))).map((run) => live(run.from, run.to)))
  return [...cached.rows, ...currentRows, ...uncached.flat()]
}
