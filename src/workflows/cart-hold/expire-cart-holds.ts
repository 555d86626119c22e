import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CartHoldEvents } from "../../modules/cart-hold/events"
import { expireDueHoldsStep } from "./steps/expire-due-holds"
import { findExpirableCartsStep } from "./steps/find-expirable-carts"

/** Ends holds past their time (the job runs it every minute) and tells each cart's owner once: cart_hold.expired. */
export const expireCartHoldsWorkflow = createWorkflow("expire-cart-holds", (input: { now?: Date }) => {
  const now = transform({ input }, ({ input }) => input.now ?? new Date())
  const cartIds = findExpirableCartsStep({ now })
  const expired = expireDueHoldsStep({ cart_ids: cartIds, now })
  const events = transform({ expired }, ({ expired }) => {
    const perCart = new Map<string, string[]>()
    for (const row of expired) perCart.set(row.cart_id, [...new Set([...(perCart.get(row.cart_id) ?? []), row.variant_id])])
    return [...perCart].map(([cart_id, variant_ids]) => ({ cart_id, variant_ids }))
  })
  emitEventStep({ eventName: CartHoldEvents.EXPIRED, data: events })
  return new WorkflowResponse(events)
})
