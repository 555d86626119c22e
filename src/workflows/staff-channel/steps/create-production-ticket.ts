import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import type { TicketDraft } from "./find-publishable-order"

/** A NEW ticket with the first line of its history; nothing when there is no draft. */
export const createProductionTicketStep = createStep(
  "create-production-ticket",
  async (draft: TicketDraft | null, { container }) => {
    if (!draft) return new StepResponse(null as string | null, null as string | null)
    const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const ticket = await staff.createProductionTickets({ ...draft, status: "NEW" })
    await staff.createTicketChanges({ ticket_id: ticket.id, from_status: null, to_status: "NEW", actor_type: "system", actor_id: null, actor_name: null, note: null })
    return new StepResponse(ticket.id as string | null, ticket.id as string | null)
  },
  async (ticketId, { container }) => {
    if (ticketId) await container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).deleteProductionTickets(ticketId)
  }
)
