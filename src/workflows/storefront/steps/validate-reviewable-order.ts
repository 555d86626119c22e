import { getLastFulfillmentStatus } from "@medusajs/medusa/core-flows"
import type { OrderDetailDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import { BakeryErrorCodes } from "../../../modules/bakery/error-codes"
import type BakeryModuleService from "../../../modules/bakery/service"

export type ReviewTarget = { bakery_id: string; customer_id: string; order_id: string }

const ORDER_FIELDS = [
  "id",
  "status",
  "customer_id",
  "bakery.id",
  "items.raw_quantity",
  "items.detail.raw_fulfilled_quantity",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
]

/**
 * A customer may review a bakery once for each of their orders it sold and that has reached them: the order is
 * completed (status "completed", set by staff) or, not canceled, has every item delivered (Medusa's fulfillment
 * status "delivered").
 */
export const validateReviewableOrderStep = createStep(
  "validate-reviewable-order",
  async ({ bakery_id, customer_id, order_id }: ReviewTarget, { container }) => {
    const [bakery] = await container
      .resolve<BakeryModuleService>(BAKERY_MODULE)
      .listBakeries({ id: bakery_id, status: "active" }, { select: ["id", "name"] })
    if (!bakery) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no bakery ${bakery_id} to review; check the id.`)
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: order_id } })
    const order = data[0] as unknown as (OrderDetailDTO & { bakery?: { id: string } | null }) | undefined
    if (!order || order.customer_id !== customer_id) {
      throw notReviewable(`Order ${order_id} is not one of your orders; review an order you placed.`)
    }
    if (order.bakery?.id !== bakery.id) {
      throw notReviewable(`Order ${order_id} was not sold by ${bakery.name}; review the bakery that sold it.`)
    }
    if (!hasReachedCustomer(order)) {
      throw notReviewable(`Order ${order_id} is not completed yet; you can review it once it has been delivered.`)
    }

    const [review] = await container
      .resolve<BakeryModuleService>(BAKERY_MODULE)
      .listBakeryReviews({ order_id }, { select: ["id"] })
    if (review) throw reviewAlreadyExists(order_id)
    return new StepResponse(void 0)
  }
)

function hasReachedCustomer(order: OrderDetailDTO): boolean {
  if (order.status === "completed") return true
  return order.status !== "canceled" && getLastFulfillmentStatus({ ...order, fulfillments: order.fulfillments ?? [] }) === "delivered"
}

function notReviewable(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message, BakeryErrorCodes.ORDER_NOT_REVIEWABLE)
}

export function reviewAlreadyExists(orderId: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.CONFLICT,
    `Order ${orderId} has been reviewed already; each order can be reviewed once.`,
    BakeryErrorCodes.REVIEW_ALREADY_EXISTS
  )
}
