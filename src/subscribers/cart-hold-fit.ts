import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CartWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { fitHoldsToCartWorkflow } from "../workflows/cart-hold/fit-holds-to-cart"

/**
 * A deleted line (deleteLineItemsWorkflow has no hook) gives its hold back here, from the cart.updated every cart
 * change emits. Under the cart's own lock (the key Medusa's cart workflows take), so an addition in progress, whose
 * hold is already taken but whose line is not yet written, is never shrunk back.
 */
export default async function fitCartHolds({ event, container }: SubscriberArgs<{ id: string }>) {
  await container.resolve(Modules.LOCKING).execute(event.data.id, () => fitHoldsToCartWorkflow(container).run({ input: { cart_id: event.data.id } }), { timeout: 30 })
}

export const config: SubscriberConfig = { event: CartWorkflowEvents.UPDATED }
