import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_LEDGER_MODULE } from "../../modules/inventory-ledger"
import type InventoryLedgerModuleService from "../../modules/inventory-ledger/service"
import { REPORTS_MODULE } from "../../modules/reports"
import { dateRuns, daysSpan } from "../../modules/reports/days"
import type ReportsModuleService from "../../modules/reports/service"
import type { DayRows, StockDayRow } from "../../modules/reports/service"
import { liveDayRows, toProductRow, toSalesRow } from "./report-rows"

export type ComputeDailyReportsInput = { dates: string[]; tz: string }
type CachedRows = DayRows & { stock: StockDayRow[] }

const toStockRow = ({ inventory_item_id, location_id, date, sold, lost, corrections, opening, closing }: StockDayRow): StockDayRow => ({ inventory_item_id, location_id, date, sold, lost, corrections, opening, closing })

const readDayRowsStep = createStep("read-report-day-rows", async (input: ComputeDailyReportsInput, { container }) => {
  const ledger = container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE)
  const [days, stock] = await Promise.all([
    Promise.all(input.dates.map((date) => liveDayRows(container, date, date, input.tz))),
    Promise.all(dateRuns(input.dates).map((run) => ledger.listStockDays({ ...daysSpan(run.from, run.to, input.tz), timeZone: input.tz }))),
  ])
  return new StepResponse<CachedRows>({ sales: days.flatMap((day) => day.sales), products: days.flatMap((day) => day.products), stock: stock.flat() })
})

const replaceDayRowsStep = createStep(
  "replace-report-day-rows",
  async (input: ComputeDailyReportsInput & { rows: CachedRows }, { container }) => {
    const reports = container.resolve<ReportsModuleService>(REPORTS_MODULE)
    const selector = { date: input.dates, time_zone: input.tz }
    const [sales, products, stock] = await Promise.all([reports.listDailySales(selector), reports.listDailyProductSales(selector), reports.listDailyStocks(selector)])
    const previous: CachedRows = { sales: sales.map(toSalesRow), products: products.map(toProductRow), stock: stock.map(toStockRow) }
    await reports.replaceDays(input.dates, input.tz, input.rows)
    return new StepResponse({ days: input.dates.length, sales_rows: input.rows.sales.length, stock_rows: input.rows.stock.length }, { dates: input.dates, tz: input.tz, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    // a failed run puts back what the cache held before it
    await container.resolve<ReportsModuleService>(REPORTS_MODULE).replaceDays(undo.dates, undo.tz, undo.previous)
  }
)

/**
 * Recomputes the cached report rows of whole days (in `tz`) from Medusa's orders and the stock ledger, replacing what
 * those days held.
 */
export const computeDailyReportsWorkflow = createWorkflow("compute-daily-reports", (input: ComputeDailyReportsInput) => {
  const rows = readDayRowsStep(input)
  return new WorkflowResponse(replaceDayRowsStep(transform({ input, rows }, ({ input, rows }) => ({ ...input, rows }))))
})
