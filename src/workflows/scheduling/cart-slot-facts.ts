import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { variantDimensions } from "../../modules/cake-pricing/domain/variant-size"
import type { ScheduledProduct } from "../../modules/scheduling/cart-rules"
import { TIME_OF_DAY } from "../../modules/scheduling/slots"

/** What slot booking needs of a cart: whose it is, what it holds, and whether it is still open. */
export type CartSlotFacts = {
  cart_id: string
  completed: boolean
  /** "store", or the bakery selling the cart's products. */
  seller_id: string
  products: ScheduledProduct[]
  /** Cake units in the cart (variants with cake dimensions), counted against a slot's cake capacity. */
  cakes: number
  metadata: Record<string, unknown>
}

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)
const timeOfDay = (value: unknown) => (typeof value === "string" && TIME_OF_DAY.test(value) ? value : null)
const minutes = (value: unknown) => (Number.isInteger(Number(value)) && Number(value) > 0 ? Number(value) : null)

export async function cartSlotFacts(container: MedusaContainer, cartId: string): Promise<CartSlotFacts> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "metadata", "items.*", "items.product.title", "items.product.metadata", "items.product.type.value", "items.product.bakery.id", "items.variant.metadata"],
    filters: { id: cartId },
  })
  const cart = data[0] as any
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found.`)
  const items = (cart.items ?? []).filter((item: any) => item?.product)
  const products = new Map<string, ScheduledProduct>()
  let cakes = 0
  for (const item of items) {
    if (variantDimensions(item.variant?.metadata)) cakes += Number(item.quantity)
    const metadata = item.product.metadata ?? {}
    products.set(item.product_id, {
      title: item.product.title,
      type: text(item.product.type?.value),
      lead_minutes: minutes(metadata.lead_minutes),
      available_from: timeOfDay(metadata.available_from),
      available_to: timeOfDay(metadata.available_to),
    })
  }
  return {
    cart_id: cart.id,
    completed: !!cart.completed_at,
    seller_id: items.find((item: any) => item.product.bakery?.id)?.product.bakery.id ?? "store",
    products: [...products.values()],
    cakes,
    metadata: cart.metadata ?? {},
  }
}
