import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { REPORTS_MODULE } from "../../modules/reports"
import type ReportsModuleService from "../../modules/reports/service"
import type { DayRows } from "../../modules/reports/service"
import { liveDayRows, toProductRow, toSalesRow } from "./report-rows"

export type ComputeDailyReportsInput = { dates: string[]; tz: string }

const readDayRowsStep = createStep("read-report-day-rows", async (input: ComputeDailyReportsInput, { container }) => {
  const days = await Promise.all(input.dates.map((date) => liveDayRows(container, date, date, input.tz)))
  return new StepResponse<DayRows>({ sales: days.flatMap((day) => day.sales), products: days.flatMap((day) => day.products) })
})

const replaceDayRowsStep = createStep(
  "replace-report-day-rows",
  async (input: ComputeDailyReportsInput & { rows: DayRows }, { container }) => {
    const reports = container.resolve<ReportsModuleService>(REPORTS_MODULE)
    const selector = { date: input.dates, time_zone: input.tz }
    const [sales, products] = await Promise.all([reports.listDailySales(selector), reports.listDailyProductSales(selector)])
    const previous: DayRows = { sales: sales.map(toSalesRow), products: products.map(toProductRow) }
    await reports.replaceDays(input.dates, input.tz, input.rows)
    return new StepResponse({ days: input.dates.length, sales_rows: input.rows.sales.length }, { dates: input.dates, tz: input.tz, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    // a failed run puts back what the cache held before it
    await container.resolve<ReportsModuleService>(REPORTS_MODULE).replaceDays(undo.dates, undo.tz, undo.previous)
  }
)

/** Recomputes the cached report rows of whole days (in `tz`) from Medusa's orders, replacing what those days held. */
export const computeDailyReportsWorkflow = createWorkflow("compute-daily-reports", (input: ComputeDailyReportsInput) => {
  const rows = readDayRowsStep(input)
  return new WorkflowResponse(replaceDayRowsStep(transform({ input, rows }, ({ input, rows }) => ({ ...input, rows }))))
})
