import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { cartSlotFacts } from "../../../workflows/scheduling/cart-slot-facts"
import { listSellerSlots } from "../../../workflows/scheduling/list-seller-slots"
import type { StoreListSlotsQueryType } from "./validators"

/**
 * GET /store/slots?seller=&type=pickup|delivery&from=&to=: the seller's slots with what is left of each, and whether
 * the shop and this kind of order are on now (a closed shop lists its slots, none bookable). With `cart_id`, the
 * cart's seller's slots, bookable only where its products' lead times and serving hours allow.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreListSlotsQueryType>, res: MedusaResponse) => {
  const { cart_id, ...query } = req.validatedQuery
  const cart = cart_id ? await cartSlotFacts(req.scope, cart_id) : null
  res.json(await listSellerSlots(req.scope, cart ? { ...query, seller: cart.seller_id, products: cart.products } : query))
}
