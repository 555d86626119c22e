import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"

/** What a reminder says and to whom: the ticket, its seller and number, and how long it has waited. */
export type DueReminder = { ticket_id: string; seller_id: string; display_id: number; minutes: number }

/**
 * Marks a still-NEW ticket as reminded, once: of two job runs (or two instances) only one gets it. Null when the ticket
 * was accepted, cancelled or reminded meanwhile.
 */
export const claimReminderStep = createStep(
  "claim-reminder",
  async ({ ticket_id }: { ticket_id: string }, { container }) => {
    const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const now = new Date()
    if (!(await staff.moveTicketIf(ticket_id, { status: "NEW", reminded_at: null }, { reminded_at: now }))) return new StepResponse(null as DueReminder | null, null as string | null)
    const ticket = await staff.retrieveProductionTicket(ticket_id)
    const minutes = Math.floor((now.getTime() - new Date(ticket.paid_at).getTime()) / 60_000)
    return new StepResponse({ ticket_id, seller_id: ticket.seller_id, display_id: ticket.display_id, minutes } as DueReminder | null, ticket_id as string | null)
  },
  async (ticketId, { container }) => {
    if (ticketId) await container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).updateProductionTickets({ id: ticketId, reminded_at: null })
  }
)
