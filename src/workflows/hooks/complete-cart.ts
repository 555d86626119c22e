import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCustomCakeCartPayable } from "../custom-cake/custom-cake-cart"
import { convertHoldsToOrder, holdCartForCompletion, undoHoldsToOrder } from "../cart-hold/cart-hooks"
import { assertCartSlotReady, bookCartSlotForOrder, unbookCartSlot } from "../scheduling/slot-booking-hooks"

/*
 * completeCartWorkflow takes one handler per hook, so every area's completion rule is called from here.
 * validate runs under the workflow's cart lock, before the order is created and the payment authorized;
 * orderCreated runs after the order exists, inside the same workflow (a failure there undoes the order).
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  if (cart.completed_at) return
  const sessions = (cart.payment_collection?.payment_sessions ?? []) as { provider_id: string }[]
  await assertCustomCakeCartPayable(container, cart.id, sessions.map((session) => session.provider_id))
  await assertCartSlotReady(container, cart.id)
  await holdCartForCompletion(container, cart)
})

type OrderCreated = { order_id: string; cart_id: string }
/*
 * orderCreated is declared by completeCartWorkflow (and documented) but left out of its typed hooks list in 2.21,
 * hence the cast; the handler's compensation runs if the workflow fails after it.
 */
const orderCreatedHook = (completeCartWorkflow.hooks as unknown as {
  orderCreated: (handler: (input: OrderCreated, context: { container: any }) => Promise<StepResponse<unknown, unknown>>, compensate: (undo: any, context: { container: any }) => Promise<void>) => void
}).orderCreated

orderCreatedHook(
  async (input, { container }) => {
    const convertedHoldIds = await convertHoldsToOrder(container, input)
    const slotBookingId = await bookCartSlotForOrder(container, input)
    return new StepResponse(null, { slotBookingId, convertedHoldIds })
  },
  async (undo: { slotBookingId: string | null; convertedHoldIds?: string[] } | undefined, { container }) => {
    if (undo?.slotBookingId) await unbookCartSlot(container, undo.slotBookingId)
    await undoHoldsToOrder(undo?.convertedHoldIds, container)
  }
)
