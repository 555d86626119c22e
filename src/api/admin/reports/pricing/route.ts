import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { csvDocument, sendCsvFile } from "../../../../lib/csv"
import { CAKE_PRICING_MODULE } from "../../../../modules/cake-pricing"
import type { CakeFeatures } from "../../../../modules/cake-pricing/domain"
import type CakePricingModuleService from "../../../../modules/cake-pricing/service"
import { daysSpan } from "../../../../modules/reports/days"
import { accuracyReport } from "../../../../workflows/pricing/accuracy"
import type { AdminReportQueryType } from "../validators"

const CSV_COLUMNS = ["week_start", "count", "mae", "mape", "mean_signed_error"] as const

/**
 * GET /admin/reports/pricing: the pricing module's suggestions against the prices staff set, finalized in the days
 * `from`…`to` (in `tz`), overall, per size and per week (the pricing module's own accuracy figures). Predictions
 * keep no seller, so `seller` is not applied.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminReportQueryType>, res: MedusaResponse) => {
  const { from, to, tz, format } = req.validatedQuery
  const { start, end } = daysSpan(from, to, tz)
  const rows = await req.scope
    .resolve<CakePricingModuleService>(CAKE_PRICING_MODULE)
    .listPricePredictions({ finalized_at: { $gte: start, $lt: end } }, { select: ["predicted_price", "final_price", "features", "finalized_at"], take: null })
  const report = accuracyReport(
    rows.map((row) => ({ predicted_price: row.predicted_price, final_price: row.final_price!, features: row.features as unknown as CakeFeatures, finalized_at: row.finalized_at! }))
  )
  if (format === "csv") return sendCsvFile(res, `pricing-${from}-${to}.csv`, csvDocument(CSV_COLUMNS, report.by_week))
  res.json({ from, to, tz, ...report })
}
