import { acquireLockStep, releaseLockStep, updateCartsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "../../config/env"
import { checkSlotBookableStep } from "./steps/check-slot-bookable"
import { type HoldCartSlotInput, planCartSlotStep } from "./steps/plan-cart-slot"
import { releaseCurrentCartSlotStep } from "./steps/release-current-cart-slot"
import { saveCartSlotBookingStep } from "./steps/save-cart-slot-booking"
import { takeSlotPlaceStep } from "./steps/take-slot-place"

/**
 * A cart takes a place in a pickup or delivery slot for SLOT_HOLD_MINUTES, so a customer who reaches payment has it:
 * of carts taking the last place at once exactly one gets it, the others 409 SLOT_FULL. Refused with the slot rules'
 * 409s (SHOP_CLOSED, DELIVERY_DISABLED, PICKUP_DISABLED, PAST_CUTOFF, LEAD_TIME, NOT_AVAILABLE_NOW) or 404
 * SLOT_NOT_FOUND. A cart changing slot gives the old place back; the cart's metadata says when, for the kitchen and
 * the bot. Under the cart's lock, which completing the cart takes too.
 */
export const holdCartSlotWorkflow = createWorkflow("hold-cart-slot", (input: HoldCartSlotInput) => {
  acquireLockStep({ key: input.cart_id, timeout: 10, ttl: 30 })
  const plan = planCartSlotStep(input)
  const slot = transform({ plan }, ({ plan }) => plan.slot)
  const limits = checkSlotBookableStep(slot)
  releaseCurrentCartSlotStep(transform({ plan }, ({ plan }) => plan.current))
  takeSlotPlaceStep(transform({ plan, limits }, ({ plan, limits }) => ({ slot: plan.slot, limits, kept: !!plan.current?.same })))
  const expiresAt = transform({ plan }, () => new Date(Date.now() + readEnv().SLOT_HOLD_MINUTES * 60_000))
  const booking = saveCartSlotBookingStep(transform({ plan, limits, expiresAt }, ({ plan, limits, expiresAt }) => ({ plan, limits, expires_at: expiresAt })))
  updateCartsStep(
    transform({ plan, limits }, ({ plan, limits }) => [
      {
        id: plan.cart_id,
        metadata: {
          ...plan.metadata,
          fulfillment: plan.slot.type === "DELIVERY" ? "delivery" : "pickup",
          wanted_date: plan.slot.date,
          wanted_time: `${plan.slot.starts_at}–${limits.ends_at}`,
        },
      },
    ])
  )
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse(booking)
})
