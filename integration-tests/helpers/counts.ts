import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Row counts of the entities the seed creates, read through Query so links and soft deletes count as Medusa sees them. */
export async function countSeededEntities(container: MedusaContainer): Promise<Record<string, number>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const entities = [
    "product",
    "product_variant",
    "product_category",
    "product_tag",
    "product_type",
    "region",
    "sales_channel",
    "api_key",
    "stock_location",
    "shipping_option",
    "inventory_level",
    "price",
    "translation",
    "bakery",
    "baker_application",
    "ingredient",
    "pricing_model_version",
  ]
  const counts: Record<string, number> = {}
  for (const entity of entities) {
    const { metadata } = await query.graph({ entity, fields: ["id"], pagination: { take: 1, skip: 0 } })
    counts[entity] = metadata?.count ?? 0
  }
  return counts
}
