import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_HOLD_MODULE } from "../../../modules/cart-hold"
import type CartHoldModuleService from "../../../modules/cart-hold/service"

/** Ends the carts' due holds (a conditional update, see the service); undone by making them HELD again. */
export const expireDueHoldsStep = createStep(
  "expire-due-holds",
  async (input: { cart_ids: string[]; now: Date }, { container }) => {
    const expired = await container.resolve<CartHoldModuleService>(CART_HOLD_MODULE).expireDueHolds(input.cart_ids, input.now)
    return new StepResponse(expired, expired.map((row) => row.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CartHoldModuleService>(CART_HOLD_MODULE).updateStockHolds(ids.map((id) => ({ id, status: "HELD" as const })))
  }
)
