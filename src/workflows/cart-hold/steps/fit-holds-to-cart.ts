import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_HOLD_MODULE } from "../../../modules/cart-hold"
import type CartHoldModuleService from "../../../modules/cart-hold/service"
import type { StockHoldStatus } from "../../../modules/cart-hold/statuses"
import { cartLines, quantitiesOf } from "../cart-quantities"

type InventoryLink = { inventory_item_id: string; required_quantity?: number | null }
type Previous = { id: string; quantity: number; status: StockHoldStatus }

/**
 * Shrinks the cart's holds to its lines: a removed line's hold is released, a lowered one re-sized. Never grows a
 * hold (that needs the availability check of take-stock-holds). Undone by putting the rows back.
 */
export const fitHoldsToCartStep = createStep(
  "fit-holds-to-cart",
  async (input: { cart_id: string }, { container }) => {
    const holds = container.resolve<CartHoldModuleService>(CART_HOLD_MODULE)
    const own = await holds.listStockHolds({ cart_id: input.cart_id, status: "HELD" })
    if (!own.length) return new StepResponse([] as Previous[], [] as Previous[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const quantities = quantitiesOf(await cartLines(container, input.cart_id))
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
      filters: { id: [...new Set(own.map((row) => row.variant_id))] },
    })
    const previous: Previous[] = []
    const updates: { id: string; quantity?: number; status?: StockHoldStatus }[] = []
    for (const row of own) {
      const link = variants.find((variant) => variant.id === row.variant_id)?.inventory_items?.find((item: InventoryLink | null) => item?.inventory_item_id === row.inventory_item_id)
      const inCart = quantities.find((line) => line.variant_id === row.variant_id)?.quantity ?? 0
      const wanted = link ? inCart * Number(link.required_quantity ?? 1) : 0
      if (wanted >= row.quantity) continue
      previous.push({ id: row.id, quantity: row.quantity, status: row.status })
      updates.push(wanted > 0 ? { id: row.id, quantity: wanted } : { id: row.id, status: "RELEASED" })
    }
    if (updates.length) await holds.updateStockHolds(updates)
    return new StepResponse(previous, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) await container.resolve<CartHoldModuleService>(CART_HOLD_MODULE).updateStockHolds(previous)
  }
)
