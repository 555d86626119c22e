import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCartSlotReady } from "../slot-booking-hooks"

/** Before money is taken: the cart's slot is still held (or taken again), as completing the cart will demand. */
export const assertCartSlotReadyStep = createStep("assert-cart-slot-ready", async (input: { cart_id: string | null }, { container }) => {
  if (input.cart_id) await assertCartSlotReady(container, input.cart_id)
  return new StepResponse(undefined)
})
