import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import DailyProductSales from "./models/daily-product-sales"
import DailySales from "./models/daily-sales"
import DailyStock from "./models/daily-stock"
import type { ProductRow, SalesRow } from "./facts"

export type DayRows = { sales: SalesRow[]; products: ProductRow[] }
/** One day's stock movements of an item at a location, as the ledger sums them (its listStockDays). */
export type StockDayRow = { inventory_item_id: string; location_id: string; date: string; sold: number; lost: number; corrections: number; opening: number; closing: number }

/** The seller_id of cached rows summed over every seller. */
export const ALL_SELLERS = "*"

type Execute = { execute(sql: string, params: unknown[]): Promise<Record<string, any>[]> }
const managerOf = (sharedContext: Context) => (sharedContext as { manager: Execute }).manager
// the reports group by neither seller (rows are one seller's, or all sellers') nor, for products, day: the database
// sums those away, so a year is a few thousand sales rows and one product row per variant
const SALES_SUMS = `"date", "currency_code", "sales_channel", "payment_provider", SUM("orders")::int AS "orders", SUM("canceled_orders")::int AS "canceled_orders",
  SUM("gross") AS "gross", SUM("discounts") AS "discounts", SUM("total") AS "total", SUM("refunds") AS "refunds", SUM("net") AS "net",
  SUM("bouquet_orders")::int AS "bouquet_orders", SUM("bouquet_orders_with_add_ons")::int AS "bouquet_orders_with_add_ons"`
const SALES_KEYS = `"date", "currency_code", "sales_channel", "payment_provider"`
const PRODUCT_SUMS = `MAX("date") AS "date", "currency_code", "product_id", "variant_id", "product_type",
  (ARRAY_AGG("product_title" ORDER BY "date" DESC))[1] AS "product_title", (ARRAY_AGG("variant_title" ORDER BY "date" DESC))[1] AS "variant_title",
  SUM("units")::int AS "units", SUM("revenue") AS "revenue", SUM("attached_units")::int AS "attached_units", SUM("attached_orders")::int AS "attached_orders"`
const PRODUCT_KEYS = `"currency_code", "product_id", "variant_id", "product_type"`
const AMOUNTS = ["gross", "discounts", "total", "refunds", "net", "revenue"]

/** numeric columns arrive as text; the cache holds them at their exact decimal value, which Number keeps */
const withAmounts = <Row>(row: Record<string, any>): Row => {
  for (const column of AMOUNTS) if (column in row) row[column] = Number(row[column])
  return row as Row
}

class ReportsModuleService extends MedusaService({ DailySales, DailyProductSales, DailyStock }) {
  /**
   * Replaces the cached rows of days in one transaction (a recomputed day never shows half old, half new); their
   * stock rows too when `rows.stock` is given (a refund or a cancel recomputes only the sales).
   */
  @InjectTransactionManager()
  async replaceDays(dates: string[], timeZone: string, rows: DayRows & { stock?: StockDayRow[] }, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    // MedusaService delete* removes rows for good, so the unique index never meets old ones
    const selector = { date: dates, time_zone: timeZone }
    await this.deleteDailySales(selector, sharedContext)
    await this.deleteDailyProductSales(selector, sharedContext)
    const computed_at = new Date()
    if (rows.sales.length) await this.createDailySales(rows.sales.map((row) => ({ ...row, time_zone: timeZone, computed_at })), sharedContext)
    if (rows.products.length) await this.createDailyProductSales(rows.products.map((row) => ({ ...row, time_zone: timeZone })), sharedContext)
    if (!rows.stock) return
    await this.deleteDailyStocks(selector, sharedContext)
    if (rows.stock.length) await this.createDailyStocks(rows.stock.map((row) => ({ ...row, time_zone: timeZone })), sharedContext)
  }

  /**
   * The cached stock rows of the days `from`…`to` in `timeZone` (of `items` only, when given), and the days that hold
   * any. Read as plain rows: a year is ~10⁴.
   */
  @InjectManager()
  async readCachedStockDays(
    range: { from: string; to: string; timeZone: string; items?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ computed: Set<string>; rows: StockDayRow[] }> {
    const where = `"time_zone" = ? AND "date" >= ? AND "date" <= ? AND "deleted_at" IS NULL`
    const params = [range.timeZone, range.from, range.to]
    // a day counts as computed when it holds any item's rows, not only the asked items'
    const [days, rows] = await Promise.all([
      managerOf(sharedContext).execute(`SELECT DISTINCT "date" FROM "daily_stock" WHERE ${where}`, params),
      range.items && !range.items.length
        ? []
        : managerOf(sharedContext).execute(
            `SELECT "inventory_item_id", "location_id", "date", "sold", "lost", "corrections", "opening", "closing" FROM "daily_stock" WHERE ${where}${range.items ? ` AND "inventory_item_id" IN (?)` : ""}`,
            [...params, ...(range.items ? [range.items] : [])]
          ),
    ])
    return { computed: new Set(days.map((row) => row.date as string)), rows: rows as StockDayRow[] }
  }

  /**
   * The cached rows of the days `from`…`to` in `timeZone`, one seller's when given (else all sellers' summed, as
   * seller_id `ALL_SELLERS`), and the days that were computed (for any seller). Sales rows stay per day; product rows
   * are summed over the days (`date` = the last, titles as on the last). Read and summed with SQL: a year is
   * thousands of rows, which the ORM would make into entities only for the report to add them up. `products: false`
   * leaves the product rows out (a report that shows none).
   */
  @InjectManager()
  async readCachedDays(
    range: { from: string; to: string; timeZone: string; seller?: string; products?: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DayRows & { computed: Set<string> }> {
    const where = `"time_zone" = ? AND "date" >= ? AND "date" <= ? AND "deleted_at" IS NULL`
    const params = [range.timeZone, range.from, range.to]
    const ofSeller = range.seller ? ` AND "seller_id" = ?` : ""
    const sellerParams = range.seller ? [...params, range.seller] : params
    const manager = managerOf(sharedContext)
    const [days, sales, products] = await Promise.all([
      manager.execute(`SELECT DISTINCT "date" FROM "daily_sales" WHERE ${where}`, params),
      manager.execute(`SELECT ${SALES_SUMS} FROM "daily_sales" WHERE ${where}${ofSeller} GROUP BY ${SALES_KEYS}`, sellerParams),
      range.products === false ? [] : manager.execute(`SELECT ${PRODUCT_SUMS} FROM "daily_product_sales" WHERE ${where}${ofSeller} GROUP BY ${PRODUCT_KEYS}`, sellerParams),
    ])
    const seller_id = range.seller ?? ALL_SELLERS
    return {
      computed: new Set(days.map((row) => row.date as string)),
      sales: sales.map((row) => withAmounts<SalesRow>({ ...row, seller_id })),
      products: products.map((row) => withAmounts<ProductRow>({ ...row, seller_id })),
    }
  }
}

export default ReportsModuleService
