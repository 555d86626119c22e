import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BAKERY_FIELDS } from "../../../modules/bakery/fields"

/** The bakery linked to a product or an order, null when the store itself sells it; 404 when the record is unknown. */
export async function linkedBakery(scope: MedusaContainer, entity: "product" | "order", id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity,
    fields: ["id", ...BAKERY_FIELDS.map((field) => `bakery.${field}`)],
    filters: { id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `The ${entity} ${id} does not exist; check the id.`)
  }
  return (data[0] as { bakery?: Record<string, unknown> | null }).bakery ?? null
}
