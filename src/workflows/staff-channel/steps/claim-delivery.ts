import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import { StaffChannelErrorCodes } from "../../../modules/staff-channel/error-codes"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import type { TicketActor } from "../../../modules/staff-channel/transitions"
import { courierAlreadyAssigned } from "../ticket-rules"

/** The first courier to ask takes a ready delivery, by the same conditional update as the accept. */
export const claimDeliveryStep = createStep(
  "claim-delivery",
  async ({ ticket_id, actor }: { ticket_id: string; actor: TicketActor }, { container }) => {
    const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const ticket = await staff.retrieveProductionTicket(ticket_id)
    if (ticket.courier_id) throw courierAlreadyAssigned(ticket)
    if (ticket.status !== "READY" || ticket.fulfillment !== "DELIVERY") {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Order #${ticket.display_id} is ${ticket.status} (${ticket.fulfillment.toLowerCase()}); a courier takes ready deliveries only.`, StaffChannelErrorCodes.INVALID_STATUS_TRANSITION)
    }
    const won = await staff.moveTicketIf(ticket_id, { status: "READY", courier_id: null }, { courier_id: actor.id, courier_name: actor.name })
    if (!won) throw courierAlreadyAssigned(await staff.retrieveProductionTicket(ticket_id))
    return new StepResponse(ticket_id, ticket_id)
  },
  async (ticketId, { container }) => {
    if (ticketId) await container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).updateProductionTickets({ id: ticketId, courier_id: null, courier_name: null })
  }
)
