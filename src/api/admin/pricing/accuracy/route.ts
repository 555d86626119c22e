import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CAKE_PRICING_MODULE } from "../../../../modules/cake-pricing"
import type CakePricingModuleService from "../../../../modules/cake-pricing/service"
import { accuracyReport } from "../../../../workflows/pricing/accuracy"
import type { AdminAccuracyQueryType } from "../validators"

const DEFAULT_WINDOW_MS = 90 * 24 * 3_600_000

/** GET /admin/pricing/accuracy: suggestions against the prices staff set, finalized in [from, to] (default 90 days). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminAccuracyQueryType>, res: MedusaResponse) => {
  const to = req.validatedQuery.to ?? new Date()
  const from = req.validatedQuery.from ?? new Date(to.getTime() - DEFAULT_WINDOW_MS)
  // `to` is included: the range ends a millisecond after it
  const rows = await req.scope.resolve<CakePricingModuleService>(CAKE_PRICING_MODULE).listFinalizedPredictions({ start: from, end: new Date(to.getTime() + 1) })
  const report = accuracyReport(rows)
  res.json({ from, to, ...report })
}
