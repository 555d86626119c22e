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
    const orderId = await staff.acceptTicketIfNew(ticket_id, actor)
    // a lost race (or an unknown ticket: retrieve answers 404) is told who won
    if (!orderId) throw alreadyTaken(await staff.retrieveProductionTicket(ticket_id))
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["items.*"], filters: { id: orderId } })
    const items = ((data[0] as any)?.items ?? []).map((item: any) => ({ id: item.id as string, quantity: Number(item.quantity) }))
    return new StepResponse({ order_id: orderId, items } as ClaimedOrder, ticket_id)
  },
  async (ticketId, { container }) => {
    if (!ticketId) return
    await container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).moveTicketIf(ticketId, { status: "ACCEPTED" }, {
      status: "NEW", accepted_at: null, seconds_to_accept: null, accepted_by_id: null, accepted_by_name: null,
    })
  }
)
