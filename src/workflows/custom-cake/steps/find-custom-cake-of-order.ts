import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOM_CAKE_MODULE } from "../../../modules/custom-cake"
import type CustomCakeModuleService from "../../../modules/custom-cake/service"

export type OrderedCustomCake = { id: string; bakery_id: string | null; bakery_linked: boolean } | null

/** The approved request whose cart became this order; null for any other order or one already marked paid. */
export const findCustomCakeOfOrderStep = createStep("find-custom-cake-of-order", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: input.order_id } })
  const cartId = (carts[0] as { cart_id: string } | undefined)?.cart_id
  if (!cartId) return new StepResponse<OrderedCustomCake>(null)
  const [request] = await container.resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE).listCustomCakeRequests({ cart_id: cartId })
  if (!request || request.status !== "APPROVED_AWAITING_PAYMENT") return new StepResponse<OrderedCustomCake>(null)
  const { data: orders } = await query.graph({ entity: "order", fields: ["bakery.id"], filters: { id: input.order_id } })
  return new StepResponse<OrderedCustomCake>({ id: request.id, bakery_id: request.bakery_id, bakery_linked: !!orders[0]?.bakery?.id })
})
