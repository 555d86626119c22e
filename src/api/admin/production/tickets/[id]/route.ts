import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ticketDetail } from "../../ticket-view"

/** GET /admin/production/tickets/:id: one ticket with its order's items and its history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ production_ticket: await ticketDetail(req.scope, req.params.id) })
}
