import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { todayFigures } from "../../../../workflows/reports/today-figures"
import type { AdminTodayReportQueryType } from "./validators"

/**
 * GET /admin/reports/today: the day so far, as /report tells a staff chat: today's orders and their totals per
 * currency (live), production tickets not yet handed over, and crossed stock thresholds.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminTodayReportQueryType>, res: MedusaResponse) => {
  const { seller, tz } = req.validatedQuery
  res.json(await todayFigures(req.scope, { seller, tz }))
}
