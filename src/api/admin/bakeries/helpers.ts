import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import BakeryProductLink from "../../../links/bakery-product"

type WithId = { id: string }

/** Adds how many products each bakery sells, counted on the bakery-product link in one query. */
export async function withProductCounts<T extends WithId>(scope: MedusaContainer, bakeries: T[]) {
  if (!bakeries.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: BakeryProductLink.entryPoint,
    fields: ["bakery_id"],
    filters: { bakery_id: bakeries.map((bakery) => bakery.id) },
  })
  const counts = new Map<string, number>()
  for (const { bakery_id } of links as { bakery_id: string }[]) {
    counts.set(bakery_id, (counts.get(bakery_id) ?? 0) + 1)
  }
  return bakeries.map((bakery) => ({ ...bakery, product_count: counts.get(bakery.id) ?? 0 }))
}

export async function refetchBakery(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "bakery", fields, filters: { id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bakery ${id} does not exist; check the id.`)
  }
  const [bakery] = await withProductCounts(scope, data)
  return bakery
}
