import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import type { TicketActor } from "../../../modules/staff-channel/transitions"
import { alreadyTaken } from "../ticket-rules"

export type ClaimInput = { ticket_id: string; actor: TicketActor }
/** The order's lines, for the fulfilment that writes the stock off. */
export type ClaimedOrder = { order_id: string; items: { id: string; quantity: number }[] }

/**
 * NEW → ACCEPTED for the first to ask: one conditional UPDATE, so of any number of simultaneous presses exactly one
 * wins and every other gets 409 TICKET_ALREADY_TAKEN naming the winner. Undone (back to NEW) when the write-off fails.
 */
export const claimProductionTicketStep = createStep(
  "claim-production-ticket",
  async ({ ticket_id, actor }: ClaimInput, { container }) => {
    const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const ticket = await staff.retrieveProductionTicket(ticket_id)
    if (ticket.status !== "NEW") throw alreadyTaken(ticket)
    const acceptedAt = new Date()
    const won = await staff.moveTicketIf(ticket_id, { status: "NEW" }, {
      status: "ACCEPTED",
      accepted_at: acceptedAt,
      seconds_to_accept: Math.max(0, Math.round((acceptedAt.getTime() - new Date(ticket.paid_at).getTime()) / 1000)),
      accepted_by_id: actor.id,
      accepted_by_name: actor.name,
    })
    if (!won) throw alreadyTaken(await staff.retrieveProductionTicket(ticket_id))
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["items.*"], filters: { id: ticket.order_id } })
    const items = ((data[0] as any)?.items ?? []).map((item: any) => ({ id: item.id as string, quantity: Number(item.quantity) }))
    return new StepResponse({ order_id: ticket.order_id, items } as ClaimedOrder, ticket_id)
  },
  async (ticketId, { container }) => {
    if (!ticketId) return
    await container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).moveTicketIf(ticketId, { status: "ACCEPTED" }, {
      status: "NEW", accepted_at: null, seconds_to_accept: null, accepted_by_id: null, accepted_by_name: null,
    })
  }
)
