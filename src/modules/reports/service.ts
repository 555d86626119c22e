import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import DailyProductSales from "./models/daily-product-sales"
import DailySales from "./models/daily-sales"
import type { ProductRow, SalesRow } from "./facts"

export type DayRows = { sales: SalesRow[]; products: ProductRow[] }

class ReportsModuleService extends MedusaService({ DailySales, DailyProductSales }) {
  /** Replaces the cached rows of days in one transaction (a recomputed day never shows half old, half new). */
  @InjectTransactionManager()
  async replaceDays(dates: string[], timeZone: string, rows: DayRows, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    // MedusaService delete* removes rows for good, so the unique index never meets old ones
    const selector = { date: dates, time_zone: timeZone }
    await this.deleteDailySales(selector, sharedContext)
    await this.deleteDailyProductSales(selector, sharedContext)
    const computed_at = new Date()
    if (rows.sales.length) await this.createDailySales(rows.sales.map((row) => ({ ...row, time_zone: timeZone, computed_at })), sharedContext)
    if (rows.products.length) await this.createDailyProductSales(rows.products.map((row) => ({ ...row, time_zone: timeZone })), sharedContext)
  }
}

export default ReportsModuleService
