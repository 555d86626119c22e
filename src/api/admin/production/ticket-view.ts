import type { InferTypeOf, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { backendUrl, readEnv } from "../../../config/env"
import type ProductionTicket from "../../../modules/staff-channel/models/production-ticket"
import type TicketChange from "../../../modules/staff-channel/models/ticket-change"
import { ticketItem } from "../../../modules/staff-channel/posts/ticket-view"
import { nextStatuses, type TicketStatus } from "../../../modules/staff-channel/transitions"

/** The ticket's own columns and, through the production_ticket ↔ order link, what the kitchen reads of the order. */
const TICKET_FIELDS = [
  "*",
  "order.metadata",
  // The order module answers a line's quantity (kept on its order_item row) only with all the line's fields: with
  // items.title beside items.quantity it answers null.
  "order.items.*",
  "delivery_proofs.id",
  "delivery_proofs.mime_type",
  "delivery_proofs.size",
  "delivery_proofs.telegram_user_name",
  "delivery_proofs.taken_at",
]

type Row = Record<string, any>

export type TicketItem = { title: string; variant_title: string | null; quantity: number }

/** A ticket as the admin routes and the stream answer it; `history` only on a single ticket. */
type TicketColumns = Omit<InferTypeOf<typeof ProductionTicket>, "history" | "posts" | "delivery_proofs">

/** A courier's photo of the delivery; `url` is the admin route that serves it from private storage. */
export type DeliveryProofView = { id: string; url: string; mime_type: string; size: number; courier_name: string | null; taken_at: string }

export type TicketView = TicketColumns & {
  items: TicketItem[]
  slot: { date: string; time: string | null } | null
  cake_message: string | null
  next_statuses: TicketStatus[]
  /** Oldest first. */
  delivery_proofs: DeliveryProofView[]
  history?: Omit<InferTypeOf<typeof TicketChange>, "ticket">[]
}

/** The day and window the customer chose at checkout (order metadata written by the bot's checkout). */
function slotOf(metadata: Row | null | undefined): { date: string; time: string | null } | null {
  return typeof metadata?.wanted_date === "string" ? { date: metadata.wanted_date, time: metadata.wanted_time ?? null } : null
}

/** The path of one proof's photo under the admin API. */
export const deliveryProofPath = (ticketId: string, proofId: string) => `/admin/production/tickets/${ticketId}/proofs/${proofId}`

function proofViews(ticketId: string, proofs: Row[] | undefined): DeliveryProofView[] {
  const baseUrl = backendUrl(readEnv())
  return (proofs ?? [])
    .filter(Boolean)
    .map((proof) => ({
      id: proof.id,
      url: `${baseUrl}${deliveryProofPath(ticketId, proof.id)}`,
      mime_type: proof.mime_type,
      size: Number(proof.size),
      courier_name: proof.telegram_user_name ?? null,
      taken_at: new Date(proof.taken_at).toISOString(),
    }))
    .sort((a, b) => a.taken_at.localeCompare(b.taken_at))
}

export function toTicketView(row: Row): TicketView {
  const { order, history, posts, delivery_proofs, ...columns } = row
  const ticket = columns as TicketColumns
  return {
    ...ticket,
    items: ((order?.items ?? []) as Row[]).map(ticketItem),
    slot: slotOf(order?.metadata),
    cake_message: (order?.metadata?.cake_message as string | undefined) ?? null,
    next_statuses: nextStatuses(ticket),
    delivery_proofs: proofViews(ticket.id, delivery_proofs),
    ...(history ? { history: [...history].sort((a: Row, b: Row) => +new Date(a.created_at) - +new Date(b.created_at)) } : {}),
  }
}

type TicketFilters = { id?: string | string[]; status?: TicketStatus[]; seller_id?: string; order_id?: string }
type Page = { limit: number; offset: number }

/** A page of tickets, newest payment first. */
export async function listTicketViews(container: MedusaContainer, filters: TicketFilters, page: Page) {
  const { data, metadata } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "production_ticket",
    fields: TICKET_FIELDS,
    filters,
    pagination: { skip: page.offset, take: page.limit, order: { paid_at: "DESC", id: "DESC" } },
  })
  return { production_tickets: data.map(toTicketView), count: metadata?.count ?? data.length, ...page }
}

/** The tickets with these ids (any order), for the live stream. */
export async function ticketViews(container: MedusaContainer, ids: string[]): Promise<TicketView[]> {
  if (!ids.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "production_ticket", fields: TICKET_FIELDS, filters: { id: ids } })
  return data.map(toTicketView)
}

/** One ticket with its history, oldest change first; 404 when there is none. */
export async function ticketDetail(container: MedusaContainer, id: string): Promise<TicketView> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "production_ticket",
    fields: [...TICKET_FIELDS, "history.*"],
    filters: { id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Production ticket ${id} does not exist; check the id.`)
  return toTicketView(data[0])
}
