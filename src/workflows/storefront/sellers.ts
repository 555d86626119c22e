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

/**
 * Those of the products a storefront selling in these channels may show: published, in one of the channels, and not
 * of a suspended bakery. Without `productIds`, every such product of the channels.
 */
export async function sellableProductIds(query: Query, salesChannelIds: string[], productIds?: string[]): Promise<string[]> {
  if (!salesChannelIds.length || (productIds && !productIds.length)) return []
  const { data: links } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id", "product.status"],
    filters: { sales_channel_id: salesChannelIds, ...(productIds ? { product_id: productIds } : {}) },
  })
  const hidden = new Set(await productIdsOfSuspendedBakeries(query))
  const ids = links.filter((link: any) => link.product?.status === "published" && !hidden.has(link.product_id)).map((link: any) => link.product_id as string)
  return [...new Set(ids)]
}
