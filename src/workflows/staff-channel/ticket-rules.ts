import { MedusaError } from "@medusajs/framework/utils"
import { StaffChannelErrorCodes } from "../../modules/staff-channel/error-codes"
import { DELIVERY_PROOF_STATUSES, ONLY_FOR, TICKET_TRANSITIONS, type TicketActor, type TicketStatus } from "../../modules/staff-channel/transitions"
import { assertTransition } from "../../lib/status-transitions"

type TicketState = {
  id: string
  display_id: number
  status: TicketStatus
  fulfillment: "PICKUP" | "DELIVERY"
  accepted_by_id: string | null
  accepted_by_name: string | null
  courier_id: string | null
  courier_name: string | null
}

/** The answer to everyone but the first to accept. */
export function alreadyTaken(ticket: TicketState): MedusaError {
  if (ticket.status === "CANCELLED") {
    return new MedusaError(MedusaError.Types.CONFLICT, `Order #${ticket.display_id} is cancelled and cannot be accepted.`, StaffChannelErrorCodes.INVALID_STATUS_TRANSITION)
  }
  return new MedusaError(MedusaError.Types.CONFLICT, `Order #${ticket.display_id} was already taken by ${ticket.accepted_by_name ?? "someone else"}.`, StaffChannelErrorCodes.TICKET_ALREADY_TAKEN)
}

export function courierAlreadyAssigned(ticket: TicketState): MedusaError {
  return new MedusaError(MedusaError.Types.CONFLICT, `The delivery of order #${ticket.display_id} was already taken by ${ticket.courier_name ?? "another courier"}.`, StaffChannelErrorCodes.COURIER_ALREADY_ASSIGNED)
}

/**
 * Whether `actor` may move the ticket to `to` (accepting has its own race rule): the transition table, the kind of
 * order, a reason for a cancel, and in the chats, the kitchen's steps for whoever accepted, the road's for the courier.
 * Admin users may do every allowed step.
 */
export function assertMove(ticket: TicketState, to: TicketStatus, actor: TicketActor, reason: string | null | undefined): void {
  assertTransition(TICKET_TRANSITIONS, `order #${ticket.display_id}'s ticket`, ticket.status, to)
  const only = ONLY_FOR[to]
  if (only && only !== ticket.fulfillment) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Order #${ticket.display_id} is a ${ticket.fulfillment.toLowerCase()} order, so it cannot become ${to}.`,
      StaffChannelErrorCodes.INVALID_STATUS_TRANSITION
    )
  }
  if (to === "CANCELLED" && !reason?.trim()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Say why the order is cancelled: the customer is told.", StaffChannelErrorCodes.CANCEL_REASON_REQUIRED)
  }
  const owner = actor.type === "courier" ? { id: ticket.courier_id, name: ticket.courier_name } : { id: ticket.accepted_by_id, name: ticket.accepted_by_name }
  const needsOwner = (actor.type === "staff" && to !== "CANCELLED") || actor.type === "courier"
  if (needsOwner && owner.id !== actor.id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${owner.name ?? "Another member"} is handling order #${ticket.display_id}; only they (or an admin) can move it on.`,
      StaffChannelErrorCodes.NOT_TICKET_OWNER
    )
  }
}

/** Photos of one delivery at most: the door, the recipient, a note; not a gallery. */
export const MAX_DELIVERY_PROOFS = 5

/**
 * Whether `actorId` (a Telegram user id) may add a photo of the delivery now: only on the courier's step of a delivery
 * order, only the courier who took it, and not past MAX_DELIVERY_PROOFS.
 */
export function assertProofAllowed(ticket: TicketState, actorId: string, proofCount: number): void {
  if (ticket.fulfillment !== "DELIVERY" || !DELIVERY_PROOF_STATUSES.includes(ticket.status)) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Order #${ticket.display_id} is ${ticket.status} (${ticket.fulfillment.toLowerCase()}); photos of a delivery are taken once it is out for delivery.`,
      StaffChannelErrorCodes.DELIVERY_PROOF_NOT_NOW
    )
  }
  if (ticket.courier_id !== actorId) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${ticket.courier_name ?? "The courier"} delivers order #${ticket.display_id}; only they can add photos of its delivery.`,
      StaffChannelErrorCodes.NOT_TICKET_COURIER
    )
  }
  if (proofCount >= MAX_DELIVERY_PROOFS) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Order #${ticket.display_id} has ${MAX_DELIVERY_PROOFS} photos of its delivery already, the most it keeps.`,
      StaffChannelErrorCodes.DELIVERY_PROOF_LIMIT
    )
  }
}

/**
 * With STAFF_DELIVERY_PROOF_REQUIRED, the chats mark a delivery delivered only after a photo of it; an admin user may
 * still do it from the board (the courier's phone died, the customer confirmed by phone).
 */
export const deliveryNeedsProof = (to: TicketStatus, actor: TicketActor, required: boolean): boolean =>
  required && to === "DELIVERED" && (actor.type === "courier" || actor.type === "staff")

export function proofRequired(ticket: TicketState): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Order #${ticket.display_id} needs a photo of its delivery first: reply to the order's post with it, then press Delivered.`,
    StaffChannelErrorCodes.DELIVERY_PROOF_REQUIRED
  )
}
