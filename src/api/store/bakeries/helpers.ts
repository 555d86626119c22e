import { isOpenAt, type OpeningHours } from "../../../modules/bakery/opening-hours"
import { escapeLike } from "../../../lib/escape-like"
import { sellableProductIds, type Query } from "../../../workflows/storefront/sellers"
import type { StoreListBakeriesQueryType } from "./validators"
import { BAKERY_PUBLIC_FIELDS } from "../../../modules/bakery/fields"

type StoreBakery = { timezone: string; opening_hours: unknown } & Record<string, unknown>

export const withOpenNow = (now: Date) => (bakery: StoreBakery) => ({
  ...bakery,
  open_now: isOpenAt(bakery.opening_hours as OpeningHours | null, bakery.timezone, now),
})

/**
 * Active bakeries matching the search, in the asked order (ties by name, then id, so pages are stable). Opening
 * hours are checked in each bakery's own time zone, which the database cannot do: with open_now the matching
 * bakeries are read whole and paged here.
 */
export async function listStoreBakeries(query: Query, params: StoreListBakeriesQueryType, now: Date) {
  const { q, open_now, limit, offset, order } = params
  const filters = { status: "active" as const, ...(q ? { name: { $ilike: `%${escapeLike(q)}%` } } : {}) }
  const field = order.replace(/^-/, "")
  const sort = { [field]: order.startsWith("-") ? "DESC" : "ASC", ...(field === "name" ? {} : { name: "ASC" }), id: "ASC" }

  if (open_now === undefined) {
    const { data, metadata } = await query.graph({
      entity: "bakery",
      fields: BAKERY_PUBLIC_FIELDS,
      filters,
      pagination: { skip: offset, take: limit, order: sort },
    })
    return { bakeries: data.map(withOpenNow(now)), count: metadata?.count ?? data.length }
  }
  const { data } = await query.graph({ entity: "bakery", fields: BAKERY_PUBLIC_FIELDS, filters, pagination: { order: sort } })
  const matching = data.map(withOpenNow(now)).filter((bakery) => bakery.open_now === open_now)
  return { bakeries: matching.slice(offset, offset + limit), count: matching.length }
}

/** Those of `productIds` a storefront with these sales channels may show, as product rows in its language. */
export async function sellableProducts(query: Query, productIds: string[], salesChannelIds: string[], locale?: string) {
  const ids = await sellableProductIds(query, salesChannelIds, productIds)
  if (!ids.length) return []
  const { data } = await query.graph(
    {
      entity: "product",
      fields: ["id", "handle", "title", "subtitle", "thumbnail"],
      filters: { id: ids },
      pagination: { order: { title: "ASC" } },
    },
    { locale }
  )
  return data
}
