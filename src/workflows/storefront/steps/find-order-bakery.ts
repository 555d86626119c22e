import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { soldProducts } from "../sellers"

export type OrderBakery = { bakery_id: string | null; already_linked: boolean }

/** The bakery that sold an order's items (null for the store's own), and whether the order is linked to it already. */
export const findOrderBakeryStep = createStep("find-order-bakery", async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "items.product_id", "bakery.id"], filters: { id: order_id } })
  const order = data[0]
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} does not exist; check the id.`)
  }
  const productIds = (order.items ?? []).map((item: { product_id?: string | null } | null) => item?.product_id)
    .filter((id: string | null | undefined): id is string => !!id)
  const bakeries = new Map((await soldProducts(query, productIds)).flatMap(({ seller }) => (seller ? [[seller.id, seller.name]] : [])))
  if (bakeries.size > 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Order ${order_id} holds items of ${[...bakeries.values()].join(" and ")}, so it was left without a bakery; check how its cart was filled.`
    )
  }
  const [bakeryId = null] = bakeries.keys()
  const result: OrderBakery = { bakery_id: bakeryId, already_linked: !!bakeryId && order.bakery?.id === bakeryId }
  return new StepResponse(result)
})
