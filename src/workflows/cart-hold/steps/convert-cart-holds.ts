import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_HOLD_MODULE } from "../../../modules/cart-hold"
import type CartHoldModuleService from "../../../modules/cart-hold/service"

/** The cart's holds become the order's (CONVERTED, with its id): Medusa's reservations count that stock from now on. */
export const convertCartHoldsStep = createStep(
  "convert-cart-holds",
  async (input: { cart_id: string; order_id: string }, { container }) => {
    const holds = container.resolve<CartHoldModuleService>(CART_HOLD_MODULE)
    const own = await holds.listStockHolds({ cart_id: input.cart_id, status: "HELD" }, { select: ["id"] })
    if (own.length) await holds.updateStockHolds(own.map((row) => ({ id: row.id, status: "CONVERTED" as const, order_id: input.order_id })))
    return new StepResponse(own.map((row) => row.id), own.map((row) => row.id))
  },
  async (ids, { container }) => undoHoldConversion(container, ids ?? [])
)

/** Holds converted for an order that was then undone are the cart's again. */
export async function undoHoldConversion(container: { resolve<T>(key: string): T }, ids: string[]): Promise<void> {
  if (!ids.length) return
  await container.resolve<CartHoldModuleService>(CART_HOLD_MODULE).updateStockHolds(ids.map((id) => ({ id, status: "HELD" as const, order_id: null })))
}
