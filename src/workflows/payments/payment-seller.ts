import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import BakeryOrderLink from "../../links/bakery-order"
import { CUSTOM_CAKE_MODULE } from "../../modules/custom-cake"
import type CustomCakeModuleService from "../../modules/custom-cake/service"
import { STORE_SELLER } from "../../modules/reports/facts"
import { sellerKey, soldProducts } from "../storefront/sellers"
import type { PaymentCollectionOwner } from "./payable-session"

/**
 * Who sells what a payment pays for, as the reports attribute it ("store" or a bakery id): for a cart, the seller of
 * its products (a cart holds one seller's), else, for a custom cake's cart (a line without a product), the bakery
 * asked to make it, which its order is linked to once paid; for an existing order's collection, the order's bakery.
 * Null when the owner tells no seller.
 */
export async function sellerOfPayment(container: MedusaContainer, owner: Pick<PaymentCollectionOwner, "cart_id" | "order_id">): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (owner.cart_id) {
    const { data: [cart] } = await query.graph({ entity: "cart", fields: ["items.product_id"], filters: { id: owner.cart_id } })
    const productIds = (cart?.items ?? []).flatMap((item: { product_id?: string | null } | null) => (item?.product_id ? [item.product_id] : []))
    const [product] = await soldProducts(query, productIds)
    if (product) return sellerKey(product.seller)
    const [cake] = await container.resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE).listCustomCakeRequests({ cart_id: owner.cart_id }, { select: ["bakery_id"], take: 1 })
    return cake ? (cake.bakery_id ?? STORE_SELLER) : null
  }
  if (!owner.order_id) return null
  const { data: [link] } = await query.graph({ entity: BakeryOrderLink.entryPoint, fields: ["bakery_id"], filters: { order_id: owner.order_id } })
  return (link as { bakery_id: string } | undefined)?.bakery_id ?? STORE_SELLER
}
