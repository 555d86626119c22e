import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CAKE_PRICING_MODULE } from "../../../../modules/cake-pricing"
import type { CakeFeatures } from "../../../../modules/cake-pricing/domain"
import type CakePricingModuleService from "../../../../modules/cake-pricing/service"
import { accuracyReport } from "../../../../workflows/pricing/accuracy"
import type { AdminAccuracyQueryType } from "../validators"

const DEFAULT_WINDOW_MS = 90 * 24 * 3_600_000

/** GET /admin/pricing/accuracy: suggestions against the prices staff set, finalized in [from, to] (default 90 days). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminAccuracyQueryType>, res: MedusaResponse) => {
  const to = req.validatedQuery.to ?? new Date()
  const from = req.validatedQuery.from ?? new Date(to.getTime() - DEFAULT_WINDOW_MS)
  const rows = await req.scope.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE).listPricePredictions(
    { finalized_at: { $gte: from, $lte: to } },
    { select: ["predicted_price", "final_price", "features", "finalized_at"], take: null }
  )
  const report = accuracyReport(
    rows.map((row) => ({
      predicted_price: row.predicted_price,
      final_price: row.final_price!,
      features: row.features as unknown as CakeFeatures,
      finalized_at: row.finalized_at!,
    }))
  )
  res.json({ from, to, ...report })
}
