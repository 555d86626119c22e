import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { TicketActor } from "../../../../../../modules/staff-channel/transitions"
import { moveProductionTicket } from "../../../../../../workflows/staff-channel/move-production-ticket"
import { ticketDetail } from "../../../ticket-view"
import type { AdminMoveTicketType } from "../../../validators"

/** The admin user as the ticket's history and the staff chat's post name them. */
async function adminActor(req: AuthenticatedMedusaRequest): Promise<TicketActor> {
  const id = req.auth_context.actor_id
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id }, { select: ["email", "first_name"] })
  return { type: "admin", id, name: user?.first_name || user?.email || null }
}

/**
 * POST /admin/production/tickets/:id/transitions `{ to, reason? }`: moves the ticket as the admin user (accepting
 * writes the stock off). 409 INVALID_STATUS_TRANSITION or TICKET_ALREADY_TAKEN, 400 CANCEL_REASON_REQUIRED, 404.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminMoveTicketType>, res: MedusaResponse) => {
  const { to, reason } = req.validatedBody
  await moveProductionTicket(req.scope, { ticket_id: req.params.id, to, actor: await adminActor(req), reason })
  res.json({ production_ticket: await ticketDetail(req.scope, req.params.id) })
}
