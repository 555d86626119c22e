import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type BakerOwnedEntity = "product" | "order"

/** The bakery a product or order belongs to; undefined when it has none or does not exist. */
export async function findOwningBakeryId(container: MedusaContainer, entity: BakerOwnedEntity, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id", "bakery.id"], filters: { id } })
  return (data[0] as { bakery?: { id: string } | null } | undefined)?.bakery?.id
}

/**
 * Another bakery's record is answered exactly like a missing one (Medusa's own wording), so a baker cannot tell
 * which ids exist elsewhere.
 */
export function notFoundForBaker(entity: BakerOwnedEntity, id: string) {
  const label = entity === "product" ? "Product" : "Order"
  return new MedusaError(MedusaError.Types.NOT_FOUND, `${label} with id: ${id} was not found`)
}

export async function assertOwnedByBakery(
  container: MedusaContainer,
  entity: BakerOwnedEntity,
  id: string,
  bakeryId: string
): Promise<void> {
  if ((await findOwningBakeryId(container, entity, id)) !== bakeryId) throw notFoundForBaker(entity, id)
}
