import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { csvDocument, sendCsvFile } from "../../../../lib/csv"
import { SALES_CSV_COLUMNS, salesReport } from "../../../../modules/reports/sales"
import { reportRows } from "../../../../workflows/reports/report-rows"
import type { AdminSalesReportQueryType } from "./validators"

/** GET /admin/reports/sales: revenue per day, week or month, per currency, payment method and sales channel. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminSalesReportQueryType>, res: MedusaResponse) => {
  const query = req.validatedQuery as AdminSalesReportQueryType
  const { sales } = await reportRows(req.scope, query)
  const report = salesReport(sales, query.group)
  if (query.format === "csv") return sendCsvFile(res, `sales-${query.from}-${query.to}.csv`, csvDocument(SALES_CSV_COLUMNS, report.by_period))
  res.json(report)
}
