import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CartWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { CART_HOLD_MODULE } from "../modules/cart-hold"
import type CartHoldModuleService from "../modules/cart-hold/service"
import { cartLines } from "../workflows/cart-hold/cart-quantities"
import { fitHoldsToCartWorkflow } from "../workflows/cart-hold/fit-holds-to-cart"

/**
 * A deleted line (deleteLineItemsWorkflow has no hook) gives its hold back here, from the cart.updated every cart
 * change emits. Most updates delete nothing (a changed quantity is fitted by its own hook), and those are left at a
 * glance: taking the cart's lock for each would queue the customer's next cart change behind this subscriber. When a
 * held variant has left the cart, the fit runs under the cart's own lock (the key Medusa's cart workflows take), so an
 * addition in progress, whose hold is already taken but whose line is not yet written, is never shrunk back.
 */
export default async function fitCartHolds({ event, container }: SubscriberArgs<{ id: string }>) {
  const held = await container.resolve<CartHoldModuleService>(CART_HOLD_MODULE).listStockHolds({ cart_id: event.data.id, status: "HELD" }, { select: ["variant_id"] })
  if (!held.length) return
  const inCart = new Set((await cartLines(container, event.data.id)).map((line) => line.variant_id))
  if (held.every((hold) => inCart.has(hold.variant_id))) return
  await container.resolve(Modules.LOCKING).execute(event.data.id, () => fitHoldsToCartWorkflow(container).run({ input: { cart_id: event.data.id } }), { timeout: 30 })
}

export const config: SubscriberConfig = { event: CartWorkflowEvents.UPDATED }
