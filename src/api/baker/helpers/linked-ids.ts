import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BakeryOrderLink from "../../../links/bakery-order"
import BakeryProductLink from "../../../links/bakery-product"
import { getBakerContext } from "./baker-context"

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

/** One page of the baker's own products or orders, with the request's fields, filters and paging. */
export async function listOwnLinked(req: AuthenticatedMedusaRequest, entity: keyof typeof LINKS) {
  const { bakery_id } = await getBakerContext(req)
  const { skip, take } = req.queryConfig.pagination
  const ids = await idsLinkedToBakery(req.scope, entity, bakery_id)
  if (!ids.length) return { data: [], count: 0, offset: skip, limit: take }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity,
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, id: ids },
    pagination: req.queryConfig.pagination,
  })
  return { data, count: metadata?.count ?? 0, offset: skip, limit: take }
}
