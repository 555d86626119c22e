import { MedusaError } from "@medusajs/framework/utils"
import { BakeryErrorCodes } from "../../modules/bakery/error-codes"
import { type Query, type SoldProduct, sellerKey, sellerName, soldProducts } from "./sellers"

/**
 * A cart holds one seller's items (one bakery's, or the store's own) and nothing of a suspended bakery. Items without
 * a product (custom lines made by workflows) belong to no seller and are left out.
 */
export async function assertCartSingleSeller(
  query: Query,
  { cartProductIds, addedProductIds }: { cartProductIds: string[]; addedProductIds: string[] }
): Promise<void> {
  const products = await soldProducts(query, [...cartProductIds, ...addedProductIds])
  const byId = new Map(products.map((product) => [product.id, product]))
  const added = addedProductIds.map((id) => byId.get(id)).filter((product): product is SoldProduct => !!product)
  const inCart = cartProductIds.map((id) => byId.get(id)).filter((product): product is SoldProduct => !!product)

  const suspended = added.find((product) => product.seller?.status === "suspended")
  if (suspended) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${sellerName(suspended.seller)} is not taking orders at the moment, so "${suspended.title}" cannot be added to a cart; choose another bakery's product.`,
      BakeryErrorCodes.BAKERY_SUSPENDED
    )
  }

  const holder = inCart[0] ?? added[0]
  const other = holder && added.find((product) => sellerKey(product.seller) !== sellerKey(holder.seller))
  if (!other) return
  throw new MedusaError(
    MedusaError.Types.CONFLICT,
    `${inCart.length ? "This cart holds items" : "These items include some"} sold by ${sellerName(holder.seller)}, but "${other.title}" is sold by ${sellerName(other.seller)}. A cart holds one seller's items only: check out or remove the other items first, or use a new cart.`,
    BakeryErrorCodes.CART_SELLER_MISMATCH
  )
}
