import type { MedusaContainer } from "@medusajs/framework/types"
import { STAFF_CHANNEL_MODULE } from "../../modules/staff-channel"
import type StaffChannelModuleService from "../../modules/staff-channel/service"
import type { TicketActor, TicketStatus } from "../../modules/staff-channel/transitions"
import { acceptProductionTicketWorkflow } from "./accept-production-ticket"
import { advanceProductionTicketWorkflow } from "./advance-production-ticket"

export type MoveProductionTicketInput = { ticket_id: string; to: TicketStatus; actor: TicketActor; reason?: string | null }

/** The admin's and the chats' one entry: accepting (with the write-off) or any later step; returns the ticket. */
export async function moveProductionTicket(container: MedusaContainer, input: MoveProductionTicketInput) {
  const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
  if (input.to === "ACCEPTED") await acceptProductionTicketWorkflow(container).run({ input: { ticket_id: input.ticket_id, actor: input.actor } })
  else await advanceProductionTicketWorkflow(container).run({ input })
  return staff.retrieveProductionTicket(input.ticket_id)
}
