import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ResolveVariantStockInput = { variant_id: string; location_id: string }

/** The variant's inventory item and whether it already has a level at the location. */
export const resolveVariantStockStep = createStep(
  "resolve-variant-stock",
  async ({ variant_id, location_id }: ResolveVariantStockInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "inventory_items.inventory_item_id"],
      filters: { id: variant_id },
    })
    const variant = variants[0] as
      | { manage_inventory: boolean; inventory_items?: { inventory_item_id: string }[] }
      | undefined
    const inventoryItemId = variant?.manage_inventory ? variant.inventory_items?.[0]?.inventory_item_id : undefined
    if (!inventoryItemId) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Variant ${variant_id} does not track stock; set manage_inventory when creating the product to count its stock.`
      )
    }
    const { data: levels } = await query.graph({
      entity: "inventory_level",
      fields: ["id"],
      filters: { inventory_item_id: inventoryItemId, location_id },
    })
    return new StepResponse({ inventory_item_id: inventoryItemId, level_exists: levels.length > 0 })
  }
)
