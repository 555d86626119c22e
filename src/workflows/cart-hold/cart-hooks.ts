import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { CartHoldErrorCodes } from "../../modules/cart-hold/error-codes"
import { cartLines, quantitiesOf, type VariantQuantity } from "./cart-quantities"
import { convertCartHoldsWorkflow } from "./convert-cart-holds"
import { fitHoldsToCartWorkflow } from "./fit-holds-to-cart"
import { holdCartStockWorkflow } from "./hold-cart-stock"
import { undoHoldConversion } from "./steps/convert-cart-holds"

/*
 * What Medusa's cart workflows call through their hooks (src/workflows/hooks). Each runs under the cart's lock. A hold
 * taken in a hook answers the cart id for the hook's compensation: when Medusa's workflow fails after the hook, the
 * cart's holds are fitted back to its unchanged lines.
 */

async function holdChange(container: MedusaContainer, cartId: string, changes: VariantQuantity[]) {
  const lines = await cartLines(container, cartId)
  await holdCartStockWorkflow(container).run({
    input: {
      cart_id: cartId,
      quantities: quantitiesOf(lines, changes),
      variant_ids: [...new Set(changes.map((change) => change.variant_id))],
      refusal_code: CartHoldErrorCodes.STOCK_HELD,
    },
  })
  return new StepResponse(undefined, cartId)
}

/** addToCartWorkflow: the added items, on top of what the cart has. */
export const holdAddedItems = (container: MedusaContainer, cartId: string, items: { variant_id?: string | null; quantity: unknown }[]) =>
  holdChange(
    container,
    cartId,
    items.flatMap((item) => (item.variant_id ? [{ variant_id: item.variant_id, quantity: Number(item.quantity) }] : []))
  )

/** updateLineItemInCartWorkflow: one line's new quantity (0 removes the line). */
export async function holdUpdatedLine(container: MedusaContainer, cartId: string, itemId: string, quantity: unknown) {
  const line = (await cartLines(container, cartId)).find((candidate) => candidate.id === itemId)
  if (!line || quantity === undefined) return new StepResponse(undefined, cartId)
  return holdChange(container, cartId, [{ variant_id: line.variant_id, quantity: Number(quantity) - line.quantity }])
}

/** The hook's compensation: the change did not happen, so the holds shrink back to the cart's lines. */
export async function fitHoldsAfterFailedChange(cartId: string | undefined, { container }: { container: MedusaContainer }) {
  if (cartId) await fitHoldsToCartWorkflow(container).run({ input: { cart_id: cartId } })
}

type CompletingCart = { id: string; payment_collection?: { payment_sessions?: ({ data?: Record<string, unknown> | null } | null)[] | null } | null }

/**
 * completeCartWorkflow's validate: the whole cart must be held. Valid holds pass as they are; a lapsed one is taken
 * again when stock allows, else 409 HOLD_EXPIRED. Once a gateway has taken the money (its confirmation is on the
 * session) only orders compete with this cart, never other carts' holds.
 */
export async function holdCartForCompletion(container: MedusaContainer, cart: CompletingCart): Promise<void> {
  const quantities = quantitiesOf(await cartLines(container, cart.id))
  const paidAtGateway = (cart.payment_collection?.payment_sessions ?? []).some((session) => !!session?.data?.confirmation)
  await holdCartStockWorkflow(container).run({
    input: {
      cart_id: cart.id,
      quantities,
      variant_ids: quantities.map((line) => line.variant_id),
      refusal_code: CartHoldErrorCodes.HOLD_EXPIRED,
      ignore_other_holds: paidAtGateway,
    },
  })
}

/** completeCartWorkflow's orderCreated: the holds are the order's; answers their ids for undoHoldsToOrder. */
export async function convertHoldsToOrder(container: MedusaContainer, input: { cart_id: string; order_id: string }): Promise<string[]> {
  const { result: ids } = await convertCartHoldsWorkflow(container).run({ input })
  return ids
}

export const undoHoldsToOrder = (ids: string[] | undefined, container: MedusaContainer) => undoHoldConversion(container, ids ?? [])
