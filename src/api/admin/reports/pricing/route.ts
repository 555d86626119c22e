import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { csvDocument, sendCsvFile } from "../../../../lib/csv"
import { CAKE_PRICING_MODULE } from "../../../../modules/cake-pricing"
import type CakePricingModuleService from "../../../../modules/cake-pricing/service"
import { CUSTOM_CAKE_MODULE } from "../../../../modules/custom-cake"
import type CustomCakeModuleService from "../../../../modules/custom-cake/service"
import { daysSpan } from "../../../../modules/reports/days"
import { accuracyReport } from "../../../../workflows/pricing/accuracy"
import { sellersOfPredictions } from "../../../../workflows/reports/kpis/seller-scope"
import type { AdminReportQueryType } from "../validators"

const CSV_COLUMNS = ["week_start", "count", "mae", "mape", "mean_signed_error"] as const

type Prediction = { id: string; context: string; product_variant_id: string | null }

/** One seller's suggestions (a custom cake's bakery, a catalog size's product's seller), and how many had none. */
async function ofSeller<Row extends Prediction>(scope: AuthenticatedMedusaRequest["scope"], rows: Row[], seller: string) {
  const cakeIds = rows.filter((row) => row.context === "custom_cake").map((row) => row.id)
  const cakes = await scope.resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE).listBakeriesOfPredictions(cakeIds)
  const sellers = await sellersOfPredictions(scope, rows, cakes)
  return { rows: rows.filter((row) => sellers.get(row.id) === seller), unattributed: rows.filter((row) => !sellers.has(row.id)).length }
}

/**
 * GET /admin/reports/pricing: the pricing module's suggestions against the prices staff set, finalized in the days
 * `from`…`to` (in `tz`), overall, per size and per week (the pricing module's own accuracy figures). `seller` keeps
 * its custom cakes' and catalog sizes' suggestions; those made in the admin's calculator have no seller.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminReportQueryType>, res: MedusaResponse) => {
  const { from, to, tz, seller, format } = req.validatedQuery
  const { start, end } = daysSpan(from, to, tz)
  const finalized = await req.scope.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE).listFinalizedPredictions({ start, end })
  const narrowed = seller ? await ofSeller(req.scope, finalized, seller) : null
  const report = accuracyReport(narrowed?.rows ?? finalized)
  if (format === "csv") return sendCsvFile(res, `pricing-${from}-${to}.csv`, csvDocument(CSV_COLUMNS, report.by_week))
  // only with a seller: what the narrowing had to leave out
  const scope = narrowed && {
    seller_scope: { predictions_without_seller: narrowed.unattributed, note: "Suggestions asked in the admin's price calculator belong to no seller and are left out." },
  }
  res.json({ from, to, tz, ...scope, ...report })
}
