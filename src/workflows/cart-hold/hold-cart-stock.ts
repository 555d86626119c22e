import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { VariantQuantity } from "./cart-quantities"
import { checkLimitPerOrderStep } from "./steps/check-limit-per-order"
import { resolveHoldLinesStep } from "./steps/resolve-hold-lines"
import { takeStockHoldsStep, type TakeStockHoldsInput } from "./steps/take-stock-holds"

export type HoldCartStockInput = {
  cart_id: string
  /** The cart's quantity of every variant once the change is made: the per-order limit counts them all. */
  quantities: VariantQuantity[]
  /** The variants whose holds are taken, re-sized or released (quantity 0) now. */
  variant_ids: string[]
  refusal_code: TakeStockHoldsInput["refusal_code"]
  ignore_other_holds?: boolean
}

/**
 * Holds stock for a cart's change (an added item, a new quantity, the completion): 409 LIMIT_PER_ORDER over a
 * product's limit, 409 STOCK_HELD / HOLD_EXPIRED when other carts hold the last units (too few in stock at all is
 * Medusa's own refusal). Run inside a cart workflow's hook, so the cart's own lock orders a cart's changes.
 */
export const holdCartStockWorkflow = createWorkflow("hold-cart-stock", (input: HoldCartStockInput) => {
  checkLimitPerOrderStep(input.quantities)
  const changed = transform({ input }, ({ input }) => ({
    cart_id: input.cart_id,
    quantities: input.quantities.filter((line) => input.variant_ids.includes(line.variant_id)),
  }))
  const resolved = resolveHoldLinesStep(changed)
  const taken = takeStockHoldsStep(
    transform({ input, resolved }, ({ input, resolved }) => ({
      ...resolved,
      cart_id: input.cart_id,
      refusal_code: input.refusal_code,
      ignore_other_holds: input.ignore_other_holds ?? false,
    }))
  )
  return new WorkflowResponse(taken)
})
