import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BakeryOrderLink from "../../../links/bakery-order"
import BakeryProductLink from "../../../links/bakery-product"

const LINKS = {
  product: { entryPoint: BakeryProductLink.entryPoint, key: "product_id" },
  order: { entryPoint: BakeryOrderLink.entryPoint, key: "order_id" },
} as const

/** Ids of the products or orders linked to a bakery, read from the link table itself. */
export async function idsLinkedToBakery(
  container: MedusaContainer,
  entity: keyof typeof LINKS,
  bakeryId: string
): Promise<string[]> {
  const { entryPoint, key } = LINKS[entity]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: entryPoint, fields: [key], filters: { bakery_id: bakeryId } })
  return data.map((row: Record<string, string>) => row[key])
}
