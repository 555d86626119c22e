import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import type { TicketStatus } from "../../../modules/staff-channel/transitions"
import { assertProofAllowed } from "../ticket-rules"

/** Refuses a photo the ticket does not take now (its step, its courier, its limit); answers the ticket's status. */
export const checkDeliveryProofStep = createStep(
  "check-delivery-proof",
  async ({ ticket_id, telegram_user_id }: { ticket_id: string; telegram_user_id: string }, { container }) => {
    const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const ticket = await staff.retrieveProductionTicket(ticket_id)
    const [, proofs] = await staff.listAndCountDeliveryProofs({ ticket_id }, { select: ["id"] })
    assertProofAllowed(ticket, telegram_user_id, proofs)
    return new StepResponse({ status: ticket.status as TicketStatus })
  }
)
