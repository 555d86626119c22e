import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { holdCartForCompletion } from "../cart-hooks"

/** Before money is taken: the cart's stock is still held for it (a lapsed hold taken again), as completing it will demand. */
export const assertCartStockHeldStep = createStep("assert-cart-stock-held", async (input: { cart_id: string | null }, { container }) => {
  if (input.cart_id) await holdCartForCompletion(container, { id: input.cart_id })
  return new StepResponse(undefined)
})
