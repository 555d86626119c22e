import type { RemoteQueryFunction } from "@medusajs/framework/types"

/** The type of the container's `query`. */
export type Query = Omit<RemoteQueryFunction, symbol>

/** Who sells a product: its bakery, or null for the store itself (products without a bakery). */
export type Seller = { id: string; name: string; status: "active" | "suspended" } | null

export type SoldProduct = { id: string; title: string; seller: Seller }

export async function soldProducts(query: Query, productIds: string[]): Promise<SoldProduct[]> {
  if (!productIds.length) return []
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "bakery.id", "bakery.name", "bakery.status"],
    filters: { id: [...new Set(productIds)] },
  })
  return data.map((product) => ({
    id: product.id,
    title: product.title,
    seller: product.bakery ? { id: product.bakery.id, name: product.bakery.name, status: product.bakery.status } : null,
  }))
}

/** Every product of every suspended bakery: the Store API hides them. */
export async function productIdsOfSuspendedBakeries(query: Query): Promise<string[]> {
  const { data } = await query.graph({ entity: "bakery", fields: ["products.id"], filters: { status: "suspended" } })
  return data.flatMap((bakery) => (bakery.products ?? []).flatMap((product: { id: string } | null) => (product ? [product.id] : [])))
}

export const sellerKey = (seller: Seller) => seller?.id ?? "store"

export const sellerName = (seller: Seller) => (seller ? `"${seller.name}"` : "the store itself")
