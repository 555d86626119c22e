export const TICKET_STATUSES = ["NEW", "ACCEPTED", "PREPARING", "READY", "OUT_FOR_DELIVERY", "DELIVERED", "PICKED_UP", "CANCELLED"] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

export const FULFILLMENT_TYPES = ["PICKUP", "DELIVERY"] as const
export type TicketFulfillment = (typeof FULFILLMENT_TYPES)[number]

/** Every allowed status change; anything else is refused with 409 INVALID_STATUS_TRANSITION. */
export const TICKET_TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  NEW: ["ACCEPTED", "CANCELLED"],
  ACCEPTED: ["PREPARING", "CANCELLED"],
  PREPARING: ["READY", "CANCELLED"],
  READY: ["OUT_FOR_DELIVERY", "PICKED_UP", "CANCELLED"],
  OUT_FOR_DELIVERY: ["DELIVERED", "CANCELLED"],
  DELIVERED: [],
  PICKED_UP: [],
  CANCELLED: [],
}

/** A pickup order is handed over at the counter; a delivery order goes out with a courier. */
export const ONLY_FOR: Partial<Record<TicketStatus, TicketFulfillment>> = {
  OUT_FOR_DELIVERY: "DELIVERY",
  DELIVERED: "DELIVERY",
  PICKED_UP: "PICKUP",
}

/** The statuses a ticket can move to next, for its kind of order (pickup or delivery): the chats' and the board's buttons. */
export function nextStatuses(ticket: { status: TicketStatus; fulfillment: TicketFulfillment }): TicketStatus[] {
  return TICKET_TRANSITIONS[ticket.status].filter((to) => !ONLY_FOR[to] || ONLY_FOR[to] === ticket.fulfillment)
}

/** The courier's step, when photos of the delivery are taken: on the road and just after handing over. */
export const DELIVERY_PROOF_STATUSES: readonly TicketStatus[] = ["OUT_FOR_DELIVERY", "DELIVERED"]

/** Who moved a ticket: a member of the staff or courier chat (by Telegram id), an admin user, or the app itself. */
export const ACTOR_TYPES = ["staff", "courier", "admin", "system"] as const
export type TicketActor = { type: (typeof ACTOR_TYPES)[number]; id: string | null; name: string | null }
