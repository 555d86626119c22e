import type { MedusaContainer } from "@medusajs/framework/types"
import { expireCartHoldsWorkflow } from "../workflows/cart-hold/expire-cart-holds"

/** Holds past CART_HOLD_MINUTES are ended every minute, so stock a cart left waiting goes back on sale. */
export default async function expireCartHolds(container: MedusaContainer): Promise<{ carts: number }> {
  const { result } = await expireCartHoldsWorkflow(container).run({ input: {} })
  return { carts: result.length }
}

export const config = { name: "expire-cart-holds", schedule: "* * * * *" }
