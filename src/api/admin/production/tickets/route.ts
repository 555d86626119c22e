import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listTicketViews } from "../ticket-view"
import type { AdminListTicketsQueryType } from "../validators"

/** GET /admin/production/tickets: tickets with their orders' items, newest payment first (filters status, seller_id, order_id). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListTicketsQueryType>, res: MedusaResponse) => {
  const { status, seller_id, order_id, limit, offset } = req.validatedQuery
  res.json(await listTicketViews(req.scope, { ...(status ? { status } : {}), ...(seller_id ? { seller_id } : {}), ...(order_id ? { order_id } : {}) }, { limit, offset }))
}
