import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BakeryOrderLink from "../../../links/bakery-order"
import { STORE_SELLER } from "../../../modules/reports/facts"

type Resolver = Pick<MedusaContainer, "resolve">
type Bakery = { bakery?: { id: string } | null } | null | undefined

const sellerOf = (product: Bakery) => product?.bakery?.id ?? STORE_SELLER
const query = (container: Resolver) => container.resolve(ContainerRegistrationKeys.QUERY)

/**
 * The inventory items a seller sells: those of which a variant belongs to one of its products (inventory item →
 * variant → product → bakery; the store's are products without a bakery). `unattributed`: items no variant uses
 * (raw materials), which belong to no seller and so are left out.
 */
export async function inventoryItemsOfSeller(container: Resolver, seller: string): Promise<{ items: string[]; unattributed: number }> {
  const { data } = await query(container).graph({ entity: "inventory_item", fields: ["id", "variants.product.bakery.id"] })
  const items = data as { id: string; variants?: ({ product?: Bakery } | null)[] | null }[]
  const used = items.filter((item) => (item.variants ?? []).some((variant) => variant?.product))
  return {
    items: used.filter((item) => item.variants!.some((variant) => variant?.product && sellerOf(variant.product) === seller)).map((item) => item.id),
    unattributed: items.length - used.length,
  }
}

/**
 * The seller of each payment collection: the bakery of the order it paid (payment collection → order → bakery), else
 * of the products in the cart it was made for (a cart never completed); collections of neither are missing. Read
 * from the link tables first (collection → order, order → bakery): a year holds tens of thousands of collections,
 * nearly all with an order, and a graph through the orders themselves would load every order for its id.
 */
export async function sellersOfPaymentCollections(container: Resolver, ids: string[]): Promise<Map<string, string>> {
  const sellers = new Map<string, string>()
  if (!ids.length) return sellers
  const { data: paid } = await query(container).graph({ entity: "order_payment_collection", fields: ["order_id", "payment_collection_id"], filters: { payment_collection_id: ids } })
  const orderOf = new Map((paid as { order_id: string; payment_collection_id: string }[]).map((link) => [link.payment_collection_id, link.order_id]))
  if (orderOf.size) {
    const { data: sold } = await query(container).graph({ entity: BakeryOrderLink.entryPoint, fields: ["order_id", "bakery_id"], filters: { order_id: [...new Set(orderOf.values())] } })
    const bakeryOf = new Map((sold as { order_id: string; bakery_id: string }[]).map((link) => [link.order_id, link.bakery_id]))
    for (const [collection, order] of orderOf) sellers.set(collection, bakeryOf.get(order) ?? STORE_SELLER)
  }
  const unpaid = ids.filter((id) => !orderOf.has(id))
  if (!unpaid.length) return sellers
  const { data } = await query(container).graph({ entity: "payment_collection", fields: ["id", "cart.items.product.bakery.id"], filters: { id: unpaid } })
  for (const collection of data as { id: string; cart?: { items?: ({ product?: Bakery } | null)[] | null } | null }[]) {
    const item = collection.cart?.items?.find((candidate) => candidate?.product)
    if (item) sellers.set(collection.id, sellerOf(item.product))
  }
  return sellers
}

/**
 * The seller of each pricing suggestion: a custom cake's is the bakery asked to make it (none: the store), a catalog
 * size's the seller of its product; suggestions made in the admin's calculator belong to no seller (missing).
 */
export async function sellersOfPredictions(
  container: Resolver,
  predictions: { id: string; context: string; product_variant_id: string | null }[],
  cakes: { prediction_id: string; bakery_id: string | null }[]
): Promise<Map<string, string>> {
  const sellers = new Map<string, string>(cakes.map((cake) => [cake.prediction_id, cake.bakery_id ?? STORE_SELLER]))
  const variantIds = [...new Set(predictions.flatMap((row) => (row.product_variant_id ? [row.product_variant_id] : [])))]
  if (variantIds.length) {
    const { data } = await query(container).graph({ entity: "product_variant", fields: ["id", "product.bakery.id"], filters: { id: variantIds } })
    const ofVariant = new Map((data as { id: string; product?: Bakery }[]).map((variant) => [variant.id, sellerOf(variant.product)]))
    for (const row of predictions) if (row.product_variant_id && ofVariant.has(row.product_variant_id)) sellers.set(row.id, ofVariant.get(row.product_variant_id)!)
  }
  return sellers
}
