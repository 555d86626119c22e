import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import type { TicketActor, TicketStatus } from "../../../modules/staff-channel/transitions"
import { readEnv } from "../../../config/env"
import { assertMove, deliveryNeedsProof, proofRequired } from "../ticket-rules"

export type MoveInput = { ticket_id: string; to: TicketStatus; actor: TicketActor; reason?: string | null }
export type MovedTicket = { ticket_id: string; order_id: string; from_status: TicketStatus; to_status: TicketStatus; fulfillment_id: string | null }

/**
 * A later step of the ticket (not the accept): checked against the rules, then applied only if nobody moved the
 * ticket meanwhile; a press that lost the race is told where the ticket is now (409 INVALID_STATUS_TRANSITION).
 */
export const moveProductionTicketStep = createStep(
  "move-production-ticket",
  async ({ ticket_id, to, actor, reason }: MoveInput, { container }) => {
    const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const ticket = await staff.retrieveProductionTicket(ticket_id)
    assertMove(ticket, to, actor, reason)
    if (deliveryNeedsProof(to, actor, readEnv().STAFF_DELIVERY_PROOF_REQUIRED)) {
      const [, proofs] = await staff.listAndCountDeliveryProofs({ ticket_id }, { select: ["id"] })
      if (!proofs) throw proofRequired(ticket)
    }
    const moved = await staff.moveTicketIf(ticket_id, { status: ticket.status }, { status: to, ...(to === "CANCELLED" ? { cancel_reason: reason!.trim() } : {}) })
    if (!moved) assertMove(await staff.retrieveProductionTicket(ticket_id), to, actor, reason)
    const result: MovedTicket = { ticket_id, order_id: ticket.order_id, from_status: ticket.status, to_status: to, fulfillment_id: ticket.fulfillment_id }
    return new StepResponse(result, result)
  },
  async (moved, { container }) => {
    if (!moved) return
    await container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).moveTicketIf(moved.ticket_id, { status: moved.to_status }, {
      status: moved.from_status,
      ...(moved.to_status === "CANCELLED" ? { cancel_reason: null } : {}),
    })
  }
)
