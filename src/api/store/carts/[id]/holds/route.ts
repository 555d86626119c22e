import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CART_HOLD_MODULE } from "../../../../../modules/cart-hold"
import type CartHoldModuleService from "../../../../../modules/cart-hold/service"

/**
 * GET /store/carts/:id/holds: the stock the cart holds now and until when, for a storefront's countdown. Like
 * Medusa's own GET /store/carts/:id, knowing the cart id is what lets one read it.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { data: carts } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["id"], filters: { id: req.params.id } })
  if (!carts.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${req.params.id} was not found.`)
  const holds = await req.scope
    .resolve<CartHoldModuleService>(CART_HOLD_MODULE)
    .listStockHolds({ cart_id: req.params.id, status: "HELD" }, { select: ["id", "variant_id", "inventory_item_id", "quantity", "expires_at"], order: { expires_at: "ASC" } })
  res.json({ holds })
}
