import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STAFF_CHANNEL_MODULE } from "../../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../../modules/staff-channel/service"
import { kpiReport, kpiWindow } from "../kpis"
import type { AdminKpisQueryType } from "../validators"

/** GET /admin/production/kpis?from=&to=: how fast paid orders are accepted, over tickets paid in the range. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminKpisQueryType>, res: MedusaResponse) => {
  const { from, to } = kpiWindow(req.validatedQuery, new Date())
  const tickets = await req.scope
    .resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    .listProductionTickets({ paid_at: { $gte: from, $lte: to } }, { select: ["seller_id", "seconds_to_accept"], take: null })
  res.json({ from, to, ...kpiReport(tickets) })
}
