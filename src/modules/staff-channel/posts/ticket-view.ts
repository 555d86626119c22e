import type { Query } from "../../../workflows/storefront/sellers"
import type { TicketFulfillment, TicketStatus } from "../transitions"

/** A ticket with what its posts show of the order. */
export type TicketView = {
  id: string
  order_id: string
  display_id: number
  seller_id: string
  status: TicketStatus
  fulfillment: TicketFulfillment
  accepted_by_id: string | null
  accepted_by_name: string | null
  courier_id: string | null
  courier_name: string | null
  cancel_reason: string | null
  paid_at: Date
  posts: { id: string; purpose: "STAFF" | "COURIER" | "REMINDER"; chat_id: string; message_id: number }[]
  /** Photos of the delivery the courier added. */
  delivery_proof_count: number
  order: {
    currency_code: string
    total: number
    items: { title: string; variant_title: string | null; quantity: number }[]
    metadata: Record<string, unknown>
    customer_name: string | null
    phone: string | null
    address: string | null
  }
}

/** An order line as the kitchen reads it: the product's title it was sold under, the size, how many. */
export const ticketItem = (item: any): { title: string; variant_title: string | null; quantity: number } => ({
  title: item.product_title ?? item.title,
  variant_title: item.variant_title ?? null,
  quantity: Number(item.quantity),
})

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)

/** The ticket and its order as the posts and the admin show them; null when either is gone. */
export async function readTicketView(query: Query, ticketId: string): Promise<TicketView | null> {
  const { data: tickets } = await query.graph({ entity: "production_ticket", fields: ["*", "posts.*", "delivery_proofs.id"], filters: { id: ticketId } })
  const ticket = tickets[0] as any
  if (!ticket) return null
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["currency_code", "total", "metadata", "items.*", "shipping_address.first_name", "shipping_address.phone", "shipping_address.address_1", "shipping_address.city"],
    filters: { id: ticket.order_id },
  })
  const order = orders[0] as any
  if (!order) return null
  const address = order.shipping_address
  const { delivery_proofs: proofs, ...columns } = ticket
  return {
    ...columns,
    posts: (ticket.posts ?? []).filter(Boolean),
    delivery_proof_count: (proofs ?? []).filter(Boolean).length,
    order: {
      currency_code: order.currency_code,
      total: Number(order.total),
      items: (order.items ?? []).map(ticketItem),
      metadata: order.metadata ?? {},
      customer_name: text(address?.first_name),
      phone: text(address?.phone),
      address: [text(address?.address_1), text(address?.city)].filter(Boolean).join(", ") || null,
    },
  }
}
