import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import type { TicketActor, TicketStatus } from "../../../modules/staff-channel/transitions"

export type TicketChangeInput = {
  ticket_id: string
  from_status: TicketStatus
  to_status: TicketStatus
  actor: TicketActor
  note?: string | null
  /** Medusa's fulfilment made by this change (the accept's write-off). */
  fulfillment_id?: string | null
}

/** A line of the ticket's history (what the admin's live board follows), and the write-off's fulfilment on the ticket. */
export const recordTicketChangeStep = createStep(
  "record-ticket-change",
  async (input: TicketChangeInput, { container }) => {
    const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    if (input.fulfillment_id) await staff.updateProductionTickets({ id: input.ticket_id, fulfillment_id: input.fulfillment_id })
    const change = await staff.createTicketChanges({
      ticket_id: input.ticket_id,
      from_status: input.from_status,
      to_status: input.to_status,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
      actor_name: input.actor.name,
      note: input.note ?? null,
    })
    return new StepResponse(change.id, change.id)
  },
  async (changeId, { container }) => {
    if (changeId) await container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).deleteTicketChanges(changeId)
  }
)
