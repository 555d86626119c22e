import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCartStillHeld } from "../cart-ready-to-pay"

/** Before Telegram charges: the cart's stock and slot are still held, the refusal keeping its own code for the bot's words. */
export const assertCartStillHeldStep = createStep("assert-cart-still-held", async (input: { cart_id: string | null }, { container }) => {
  if (input.cart_id) await assertCartStillHeld(container, input.cart_id)
  return new StepResponse(undefined)
})
