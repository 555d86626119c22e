import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
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
 * of the products in the cart it was made for (a cart never completed); collections of neither are missing.
 */
export async function sellersOfPaymentCollections(container: Resolver, ids: string[]): Promise<Map<string, string>> {
  const sellers = new Map<string, string>()
  if (!ids.length) return sellers
  const { data } = await query(container).graph({ entity: "payment_collection", fields: ["id", "order.id", "order.bakery.id", "cart.items.product.bakery.id"], filters: { id: ids } })
  for (const collection of data as { id: string; order?: ({ id: string } & Bakery) | null; cart?: { items?: ({ product?: Bakery } | null)[] | null } | null }[]) {
    if (collection.order) sellers.set(collection.id, sellerOf(collection.order))
    else if (collection.cart?.items?.some((item) => item?.product)) sellers.set(collection.id, sellerOf(collection.cart.items.find((item) => item?.product)!.product))
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
