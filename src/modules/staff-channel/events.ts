/** Events the staff-channel workflows emit; payloads carry `{ id }` of the ticket (subscribers read the rest). */
export const ProductionEvents = {
  TICKET_PUBLISHED: "production.ticket_published",
  TICKET_ACCEPTED: "production.ticket_accepted",
  TICKET_STATUS_CHANGED: "production.ticket_status_changed",
  COURIER_ASSIGNED: "production.courier_assigned",
  DELIVERY_PROOF_ADDED: "production.delivery_proof_added",
} as const
export type ProductionEvent = (typeof ProductionEvents)[keyof typeof ProductionEvents]
