import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type CartRow = {
  sales_channel_id: string | null
  items?: { variant_id: string | null; quantity: number; variant?: { manage_inventory: boolean; allow_backorder: boolean } | null }[]
}

/** Every stocked item of the cart is still available in its sales channel's locations, in the cart's quantities. */
export const assertCartInStockStep = createStep("assert-cart-in-stock", async (input: { cart_id: string | null }, { container }) => {
  if (!input.cart_id) return new StepResponse(undefined)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["sales_channel_id", "items.variant_id", "items.quantity", "items.variant.manage_inventory", "items.variant.allow_backorder"],
    filters: { id: input.cart_id },
  })
  const cart = data[0] as CartRow | undefined
  const wanted = new Map<string, number>()
  for (const item of cart?.items ?? []) {
    if (!item.variant_id || !item.variant?.manage_inventory || item.variant.allow_backorder) continue
    wanted.set(item.variant_id, (wanted.get(item.variant_id) ?? 0) + Number(item.quantity))
  }
  if (!wanted.size || !cart?.sales_channel_id) return new StepResponse(undefined)
  const availability = await getVariantAvailability(query, { variant_ids: [...wanted.keys()], sales_channel_id: cart.sales_channel_id })
  const short = [...wanted].filter(([variantId, quantity]) => (availability[variantId]?.availability ?? 0) < quantity)
  if (short.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Some items of this cart are no longer in stock in the wanted quantity", MedusaError.Codes.INSUFFICIENT_INVENTORY)
  }
  return new StepResponse(undefined)
})
