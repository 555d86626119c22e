import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_HOLD_MODULE } from "../../../modules/cart-hold"
import type CartHoldModuleService from "../../../modules/cart-hold/service"
import { assertNoGatewayPaymentInProgress } from "../../payments/payment-hold"

/**
 * Carts with holds past their time, except those a gateway (Payme, Click) is taking the money for right now:
 * the gateway completes the cart when it has paid, so its stock stays held until then.
 */
export const findExpirableCartsStep = createStep("find-expirable-carts", async (input: { now: Date }, { container }) => {
  const holds = container.resolve<CartHoldModuleService>(CART_HOLD_MODULE)
  const due = await holds.listStockHolds({ status: "HELD", expires_at: { $lte: input.now } }, { select: ["cart_id"] })
  const cartIds = [...new Set(due.map((row) => row.cart_id))]
  if (!cartIds.length) return new StepResponse([] as string[])
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "payment_collection.id"], filters: { id: cartIds } })
  const paying = await Promise.all(
    carts.map(async (cart) => {
      const collectionId = cart.payment_collection?.id
      if (!collectionId) return null
      return assertNoGatewayPaymentInProgress(container, collectionId).then(() => null, () => cart.id)
    })
  )
  return new StepResponse(cartIds.filter((id) => !paying.includes(id)))
})
