import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"
import { PRODUCTS } from "./data/products"

type VariantInventory = { sku: string; inventory_items?: { inventory_item_id: string }[] }

/**
 * createProductsWorkflow makes an inventory item per managed variant but stocks it nowhere; this puts each
 * item's demo quantity at the kitchen. Checked per item, so a run cut short after creating products is repaired.
 */
export async function ensureInventoryLevels(ctx: SeedContext, locationId: string): Promise<void> {
  const stockBySku = new Map(PRODUCTS.flatMap((product) => product.variants.map((variant) => [variant.sku, variant.stock] as const)))
  const { data: variants } = await ctx.query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { sku: [...stockBySku.keys()] },
  })
  const itemStock = new Map<string, number>()
  for (const variant of variants as VariantInventory[]) {
    for (const link of variant.inventory_items ?? []) itemStock.set(link.inventory_item_id, stockBySku.get(variant.sku)!)
  }
  if (!itemStock.size) {
    ctx.tally.record("inventoryLevels", 0, 0)
    return
  }

  const { data: levels } = await ctx.query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id"],
    filters: { inventory_item_id: [...itemStock.keys()], location_id: locationId },
  })
  const stocked = new Set(levels.map((level) => level.inventory_item_id as string))
  const missing = [...itemStock].filter(([itemId]) => !stocked.has(itemId))
  if (missing.length) {
    await createInventoryLevelsWorkflow(ctx.container).run({
      input: {
        inventory_levels: missing.map(([inventory_item_id, stocked_quantity]) => ({
          inventory_item_id,
          location_id: locationId,
          stocked_quantity,
        })),
      },
    })
  }
  ctx.tally.record("inventoryLevels", itemStock.size, missing.length)
}
