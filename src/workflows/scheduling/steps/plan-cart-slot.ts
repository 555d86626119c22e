import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../../modules/scheduling"
import { SchedulingErrorCodes } from "../../../modules/scheduling/error-codes"
import type SchedulingModuleService from "../../../modules/scheduling/service"
import type { SlotType } from "../../../modules/scheduling/slots"
import { cartSlotFacts } from "../cart-slot-facts"
import type { BookSlotInput } from "./check-slot-bookable"

export type HoldCartSlotInput = { cart_id: string; type: SlotType; date: string; starts_at: string }

export type CartSlotPlan = {
  cart_id: string
  slot: BookSlotInput
  /** The cart's current hold, and whether it is this very slot (then it is only renewed). */
  current: { id: string; same: boolean; expires_at: Date | null } | null
  metadata: Record<string, unknown>
}

/** The booking a cart asks for: its seller, cakes and products from the cart, and the hold it already has. */
export const planCartSlotStep = createStep("plan-cart-slot", async (input: HoldCartSlotInput, { container }) => {
  const facts = await cartSlotFacts(container, input.cart_id)
  if (facts.completed) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "This cart has already been ordered; its slot cannot change.", SchedulingErrorCodes.CART_COMPLETED)
  }
  if (!facts.products.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The cart is empty; add products before choosing a slot.")
  const slot: BookSlotInput = { seller_id: facts.seller_id, type: input.type, date: input.date, starts_at: input.starts_at, cakes: facts.cakes, products: facts.products }
  const [held] = await container.resolve<SchedulingModuleService>(SCHEDULING_MODULE).listSlotBookings({ cart_id: input.cart_id, status: "HELD" })
  const same = !!held && held.seller_id === slot.seller_id && held.type === slot.type && held.date === slot.date && held.starts_at === slot.starts_at && held.cakes === slot.cakes
  return new StepResponse({
    cart_id: input.cart_id,
    slot,
    current: held ? { id: held.id, same, expires_at: held.expires_at as Date | null } : null,
    metadata: facts.metadata,
  } as CartSlotPlan)
})
