import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { csvDocument, sendCsvFile } from "../../../../lib/csv"
import { SALES_TABLE_CSV_COLUMNS, salesReport } from "../../../../modules/reports/sales"
import { reportRows } from "../../../../workflows/reports/report-rows"
import type { AdminSalesReportQueryType } from "./validators"

/**
 * GET /admin/reports/sales: revenue per day, week or month, per currency, payment method and sales channel; with
 * `format=csv` the table named by `table` (default `by_period`).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminSalesReportQueryType>, res: MedusaResponse) => {
  const query = req.validatedQuery as AdminSalesReportQueryType
  const { sales } = await reportRows(req.scope, { ...query, products: false })
  const report = salesReport(sales, query.group)
  if (query.format === "csv") {
    // by_period keeps its first file name; the other tables are named in theirs
    const name = query.table === "by_period" ? "sales" : `sales-${query.table}`
    const table = report[query.table] as unknown as Record<string, unknown>[]
    return sendCsvFile(res, `${name}-${query.from}-${query.to}.csv`, csvDocument<string>(SALES_TABLE_CSV_COLUMNS[query.table], table))
  }
  res.json(report)
}
