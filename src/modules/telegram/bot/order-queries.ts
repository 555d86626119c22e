import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getLastFulfillmentStatus, getLastPaymentStatus } from "@medusajs/medusa/core-flows"
import type { Query } from "../../../workflows/storefront/sellers"
import { CATALOG_LOCALES, type BotLanguage } from "./languages"
import { type ShownLine, type ShownTotals, shownLines, shownTotals } from "./lines"

/** Orders a page of "My orders" lists at once. */
export const ORDERS_PAGE_SIZE = 5

/** How the customer gets the order, from the checkout's metadata. */
export type OrderFulfillment = "pickup" | "delivery" | null

export type OrderView = ShownTotals & {
  id: string
  display_id: number
  created_at: string
  customer_id: string | null
  currency_code: string
  /** What the customer is told the order is at: canceled, completed, or its fulfilment status (not_fulfilled … delivered). */
  stage: string
  payment_status: string
  items: ShownLine[]
  fulfillment: OrderFulfillment
  wanted_date: string | null
  wanted_time: string | null
  cake_message: string | null
  card_text: string | null
  address: string | null
}

const ORDER_FIELDS = [
  "id", "display_id", "created_at", "status", "customer_id", "currency_code", "metadata",
  "total", "item_total", "shipping_total", "discount_total",
  "items.*", "items.detail.*", "items.product.title",
  "payment_collections.status", "payment_collections.amount", "payment_collections.captured_amount", "payment_collections.refunded_amount",
  "fulfillments.packed_at", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at",
  "shipping_address.address_1", "shipping_address.address_2", "shipping_address.city",
]

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)

function toOrderView(order: any): OrderView {
  const metadata = (order.metadata ?? {}) as Record<string, unknown>
  const fulfillmentStatus = getLastFulfillmentStatus({ ...order, fulfillments: order.fulfillments ?? [] })
  const address = order.shipping_address
    ? [order.shipping_address.address_1, order.shipping_address.address_2, order.shipping_address.city].map(text).filter(Boolean).join(", ") || null
    : null
  return {
    id: order.id,
    display_id: Number(order.display_id),
    created_at: new Date(order.created_at).toISOString(),
    customer_id: order.customer_id ?? null,
    currency_code: order.currency_code,
    stage: order.status === "canceled" || order.status === "completed" ? order.status : fulfillmentStatus,
    payment_status: getLastPaymentStatus({ ...order, payment_collections: order.payment_collections ?? [] }),
    items: shownLines(order.items, () => ({})),
    ...shownTotals(order),
    fulfillment: metadata.fulfillment === "pickup" || metadata.fulfillment === "delivery" ? metadata.fulfillment : null,
    wanted_date: text(metadata.wanted_date),
    wanted_time: text(metadata.wanted_time),
    cake_message: text(metadata.cake_message),
    card_text: text(metadata.card_text),
    address,
  }
}

/** One order as the customer sees it, or null. */
export async function readOrder(query: Query, orderId: string, language: BotLanguage): Promise<OrderView | null> {
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } }, { locale: CATALOG_LOCALES[language] })
  return data[0] ? toOrderView(data[0]) : null
}

/** Whose an order is, before reading it in their language. */
export async function customerOfOrder(query: Query, orderId: string): Promise<string | null> {
  const { data } = await query.graph({ entity: "order", fields: ["customer_id"], filters: { id: orderId } })
  return (data[0]?.customer_id as string | undefined) ?? null
}

/** The order a fulfilment (package) belongs to. */
export async function orderIdOfFulfillment(query: Query, fulfillmentId: string): Promise<string | null> {
  const { data } = await query.graph({ entity: "order_fulfillment", fields: ["order_id"], filters: { fulfillment_id: fulfillmentId } })
  return (data[0]?.order_id as string | undefined) ?? null
}

const queryOf = (container: MedusaContainer): Query => container.resolve(ContainerRegistrationKeys.QUERY)

/** A customer's order; null when it is not theirs, so nobody opens another customer's order by its id. */
export async function customerOrder(container: MedusaContainer, customerId: string | null, orderId: string, language: BotLanguage): Promise<OrderView | null> {
  if (!customerId) return null
  const order = await readOrder(queryOf(container), orderId, language)
  return order?.customer_id === customerId ? order : null
}

/** One page of a customer's orders, newest first. */
export async function listCustomerOrders(
  container: MedusaContainer,
  customerId: string | null,
  page: number,
  language: BotLanguage
): Promise<{ orders: OrderView[]; page: number; pages: number }> {
  if (!customerId) return { orders: [], page: 1, pages: 1 }
  const query = queryOf(container)
  const filters = { customer_id: customerId, status: { $ne: "draft" } }
  const { metadata } = await query.graph({ entity: "order", fields: ["id"], filters, pagination: { skip: 0, take: 1 } })
  const pages = Math.max(1, Math.ceil((metadata?.count ?? 0) / ORDERS_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), pages)
  const { data } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters,
    pagination: { order: { created_at: "DESC" }, skip: (current - 1) * ORDERS_PAGE_SIZE, take: ORDERS_PAGE_SIZE },
  }, { locale: CATALOG_LOCALES[language] })
  return { orders: data.map(toOrderView), page: current, pages }
}
