import { z } from "zod"
import { TICKET_STATUSES, type TicketStatus } from "../../../modules/staff-channel/transitions"

const statusList = `one of ${TICKET_STATUSES.join(", ")}`
const ticketStatus = z.enum(TICKET_STATUSES, { error: `status must be ${statusList}` })
// z.custom keeps this message: Medusa rewrites the messages of enum mismatches inside arrays as "required"
const listedStatus = z.custom<TicketStatus>((value) => (TICKET_STATUSES as readonly unknown[]).includes(value), `status must be ${statusList}`)
const isoDate = (field: string) => z.coerce.date({ error: `${field} must be a date (ISO 8601), e.g. 2026-03-01T00:00:00Z` })

/** `?status=NEW&status=READY` and `?status=NEW,READY` both mean either status. */
const statuses = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",").map((part) => part.trim()).filter(Boolean) : value),
  z.array(listedStatus).min(1, `status must be ${statusList}`)
)

export const AdminListTicketsQuery = z
  .object({
    status: statuses.optional(),
    /** "store" or a bakery id */
    seller_id: z.string().trim().min(1).optional(),
    /** The order's ticket (there is at most one), e.g. for the order page. */
    order_id: z.string().trim().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListTicketsQueryType = z.infer<typeof AdminListTicketsQuery>

export const AdminMoveTicket = z
  .object({
    to: ticketStatus,
    /** Required by the workflow when `to` is CANCELLED (400 CANCEL_REASON_REQUIRED), kept with the ticket. */
    reason: z.string().trim().max(500, "reason is at most 500 characters").optional(),
  })
  .strict()
export type AdminMoveTicketType = z.infer<typeof AdminMoveTicket>

export const AdminKpisQuery = z.object({ from: isoDate("from").optional(), to: isoDate("to").optional() }).strict()
export type AdminKpisQueryType = z.infer<typeof AdminKpisQuery>

/** `since` resumes after a moment (ISO 8601), as the `Last-Event-ID` header does on a reconnect. */
export const AdminTicketStreamQuery = z.object({ since: isoDate("since").optional() }).strict()
export type AdminTicketStreamQueryType = z.infer<typeof AdminTicketStreamQuery>
