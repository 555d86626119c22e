import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getLastPaymentStatus } from "@medusajs/medusa/core-flows"
import { variantDimensions } from "../../../modules/cake-pricing/domain"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import type { TicketFulfillment } from "../../../modules/staff-channel/transitions"
import { sellerKey, soldProducts } from "../../storefront/sellers"

/** What a new ticket is made of. */
export type TicketDraft = { order_id: string; display_id: number; seller_id: string; fulfillment: TicketFulfillment; has_cake: boolean; paid_at: Date }

/** Medusa's payment statuses in which the money is with the shop. */
const PAID = ["captured", "partially_refunded"]

/**
 * The ticket a paid order needs, or null: not paid yet (a later capture publishes it), already ticketed (a repeated
 * event), or a custom cake (those go through the custom-cake kitchen flow).
 */
export const findPublishableOrderStep = createStep("find-publishable-order", async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
  const none = new StepResponse(null as TicketDraft | null)
  if ((await staff.listProductionTickets({ order_id }, { select: ["id"] })).length) return none
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "display_id", "status", "metadata", "shipping_address.address_1",
      "items.product_id", "items.variant.metadata", "shipping_methods.shipping_option.type.code",
      "payment_collections.status", "payment_collections.amount", "payment_collections.captured_amount",
      "payment_collections.refunded_amount", "payment_collections.payments.captured_at",
    ],
    filters: { id: order_id },
  })
  const order = data[0] as any
  if (!order || order.status === "canceled") return none
  if (!PAID.includes(getLastPaymentStatus({ ...order, payment_collections: order.payment_collections ?? [] }))) return none
  const { data: cakes } = await query.graph({ entity: "custom_cake_request", fields: ["id"], filters: { order_id } })
  if (cakes.length) return none

  const productIds = (order.items ?? []).flatMap((item: any) => (item?.product_id ? [item.product_id as string] : []))
  const [sold] = await soldProducts(query, productIds)
  const payments = (order.payment_collections ?? []).flatMap((collection: any) => collection?.payments ?? [])
  const capturedAt = payments.map((payment: any) => payment?.captured_at).filter(Boolean).sort().at(-1)
  const draft: TicketDraft = {
    order_id,
    display_id: Number(order.display_id),
    seller_id: sellerKey(sold?.seller ?? null),
    fulfillment: fulfillmentOf(order),
    has_cake: (order.items ?? []).some((item: any) => variantDimensions(item?.variant?.metadata) !== null),
    paid_at: capturedAt ? new Date(capturedAt) : new Date(),
  }
  return new StepResponse(draft)
})

/** The checkout's choice when it left one; otherwise the shipping option's type, then whether there is an address. */
function fulfillmentOf(order: any): TicketFulfillment {
  const chosen = order.metadata?.fulfillment
  if (chosen === "pickup" || chosen === "delivery") return chosen === "pickup" ? "PICKUP" : "DELIVERY"
  const type = order.shipping_methods?.[0]?.shipping_option?.type?.code
  if (type === "pickup") return "PICKUP"
  if (type === "courier") return "DELIVERY"
  return order.shipping_address?.address_1 ? "DELIVERY" : "PICKUP"
}
