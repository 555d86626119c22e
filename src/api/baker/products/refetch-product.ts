import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BAKER_PRODUCT_FIELDS } from "./query-config"

export async function refetchBakerProduct(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: BAKER_PRODUCT_FIELDS, filters: { id } })
  return data[0]
}
