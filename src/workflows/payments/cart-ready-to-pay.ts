import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CartHoldErrorCodes } from "../../modules/cart-hold/error-codes"
import { GatewayOutcomeCodes } from "../../modules/gateway/error-codes"
import { SchedulingErrorCodes } from "../../modules/scheduling/error-codes"
import { holdCartForCompletion } from "../cart-hold/cart-hooks"
import { assertCartSlotReady } from "../scheduling/slot-booking-hooks"

/** What completing the cart would refuse for: its stock or its slot no longer held for it. */
const NOT_READY = new Set<string>([...Object.values(CartHoldErrorCodes), ...Object.values(SchedulingErrorCodes)])

/**
 * Before money is taken for a cart: its stock and its slot are still held for it (a lapsed hold taken again), as
 * completing the cart will demand. Throws the refusal with its own code (STOCK_HELD, HOLD_EXPIRED, SLOT_FULL, …).
 */
export async function assertCartStillHeld(container: MedusaContainer, cartId: string): Promise<void> {
  await holdCartForCompletion(container, { id: cartId })
  await assertCartSlotReady(container, cartId)
}

/**
 * Before a gateway reserves a customer's money for a cart (Payme's CheckPerformTransaction and CreateTransaction,
 * Click's Prepare): its stock and its slot are still held for it (a lapsed hold taken again), as completing the cart
 * will demand, so the payer is turned away before paying rather than at the perform. The refusal is
 * PAYMENT_NOT_PAYABLE, its message the reason.
 */
export async function assertCartReadyToPay(container: MedusaContainer, cartId: string | null): Promise<void> {
  if (!cartId) return
  try {
    await assertCartStillHeld(container, cartId)
  } catch (error) {
    const code = MedusaError.isMedusaError(error) ? (error as MedusaError).code : undefined
    if (!code || !NOT_READY.has(code)) throw error
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, (error as Error).message, GatewayOutcomeCodes.PAYMENT_NOT_PAYABLE)
  }
}
