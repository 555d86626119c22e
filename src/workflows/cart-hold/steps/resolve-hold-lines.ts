import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VariantQuantity } from "../cart-quantities"

/** Units of one inventory item a cart wants for one variant (the variant's quantity × the item's required quantity). */
export type HoldLine = { variant_id: string; inventory_item_id: string; quantity: number; title: string }
export type HoldLines = { location_ids: string[]; lines: HoldLine[] }

/**
 * What holding these variants means in stock: their inventory items (kits have several) and the stock locations of
 * the cart's sales channel, as Medusa's own inventory check counts them. Variants without managed inventory or
 * with backorders allowed hold nothing.
 */
export const resolveHoldLinesStep = createStep("resolve-hold-lines", async (input: { cart_id: string; quantities: VariantQuantity[] }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (!input.quantities.length) return new StepResponse<HoldLines>({ location_ids: [], lines: [] })
  const [{ data: variants }, { data: [cart] }] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: ["id", "title", "manage_inventory", "allow_backorder", "product.title", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
      filters: { id: input.quantities.map((line) => line.variant_id) },
    }),
    query.graph({ entity: "cart", fields: ["sales_channel_id"], filters: { id: input.cart_id } }),
  ])
  const { data: [channel] } = cart?.sales_channel_id
    ? await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: cart.sales_channel_id } })
    : { data: [] as { stock_locations?: ({ id: string } | null)[] }[] }
  const lines = input.quantities.flatMap(({ variant_id, quantity }) => {
    const variant = variants.find((candidate) => candidate.id === variant_id)
    if (!variant?.manage_inventory || variant.allow_backorder) return []
    const title = `${variant.product?.title ?? ""}${variant.title ? ` (${variant.title})` : ""}`
    return (variant.inventory_items ?? []).flatMap((link: { inventory_item_id: string; required_quantity?: number | null } | null) =>
      link ? [{ variant_id, inventory_item_id: link.inventory_item_id, quantity: quantity * Number(link.required_quantity ?? 1), title }] : []
    )
  })
  const locationIds = (channel?.stock_locations ?? []).flatMap((location: { id: string } | null) => (location ? [location.id] : []))
  return new StepResponse<HoldLines>({ location_ids: locationIds, lines })
})
