import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
  updateRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { sellingContext } from "../../src/modules/telegram/bot/catalog-queries"
import { UZ_ADDRESS } from "./gateway-checkout"

export const SYSTEM_PAYMENT = "pp_system_default"

export type Line = { variant_id: string; quantity: number }
export type SoldProduct = { id: string; title: string; variant_id: string; variant_title: string }
export type PlacedOrder = { id: string; display_id: number; items: { id: string; variant_id: string; quantity: number; product_title: string; variant_title: string }[] }

/**
 * Orders as the Store API makes them, without a gateway: Medusa's system payment provider (authorized, not captured)
 * in the store's region, for tests of what happens after an order exists. Call `prepare()` once after seeding.
 */
export function systemOrders(container: () => MedusaContainer) {
  const query = () => container().resolve(ContainerRegistrationKeys.QUERY)

  /** The system provider in the Telegram region; two products of one seller for sale there, stocked plenty. */
  async function prepare(): Promise<{ cake: SoldProduct; other: SoldProduct; seller_id: string }> {
    const where = await sellingContext(container())
    const { data: [region] }: { data: any[] } = await query().graph({ entity: "region", fields: ["id", "payment_providers.id"], filters: { id: where.regionId } })
    const providers = (region.payment_providers ?? []).map((provider: { id: string }) => provider.id)
    if (!providers.includes(SYSTEM_PAYMENT)) {
      await updateRegionsWorkflow(container()).run({ input: { selector: { id: region.id }, update: { payment_providers: [...providers, SYSTEM_PAYMENT] } } })
    }
    const { data: products }: { data: any[] } = await query().graph({
      entity: "product",
      fields: ["id", "title", "handle", "status", "bakery.id", "sales_channels.id", "variants.id", "variants.title"],
    })
    const sold = products.filter((product) => product.status === "published" && product.variants?.length && product.sales_channels?.some((channel: { id: string }) => channel.id === where.salesChannelId))
    const sellerOf = (product: any): string => product.bakery?.id ?? "store"
    const napoleon = sold.find((product) => product.handle === "napoleon") ?? sold[0]
    const partner = sold.find((product) => product.id !== napoleon.id && sellerOf(product) === sellerOf(napoleon))
    if (!partner) throw new Error("the seed has no second product of the napoleon's seller")
    const pick = (product: any): SoldProduct => ({ id: product.id, title: product.title, variant_id: product.variants[0].id, variant_title: product.variants[0].title })
    const cake = pick(napoleon)
    const other = pick(partner)
    await stockPlenty([cake.variant_id, other.variant_id])
    return { cake, other, seller_id: sellerOf(napoleon) }
  }

  /** The seed stocks a few of each product; tests that place many orders give their variants plenty. */
  async function stockPlenty(variantIds: string[], quantity = 1000) {
    const inventory = container().resolve(Modules.INVENTORY)
    const { data: variants }: { data: any[] } = await query().graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantIds } })
    const levels = await inventory.listInventoryLevels({ inventory_item_id: variants.flatMap((variant) => variant.inventory_items.map((link: any) => link.inventory_item_id)) })
    await inventory.updateInventoryLevels(levels.map((level) => ({ id: level.id, inventory_item_id: level.inventory_item_id, location_id: level.location_id, stocked_quantity: quantity })))
  }

  /**
   * A cart of the customer in the Telegram channel and the store's region, with a shipping method and a payment
   * session of the system provider: ready to complete. No email: with one other than the customer's, Medusa would
   * give the cart a guest customer of that email.
   */
  async function readyCart(
    customerId: string,
    items: Line[],
    metadata: Record<string, unknown> = {},
    shipping = "Courier delivery in Bukhara",
    address: Record<string, string> = {}
  ): Promise<string> {
    const where = await sellingContext(container())
    const { result: cart } = await createCartWorkflow(container()).run({
      input: { region_id: where.regionId, sales_channel_id: where.salesChannelId, customer_id: customerId, shipping_address: { ...UZ_ADDRESS, ...address }, items, metadata },
    })
    const { result: options } = await listShippingOptionsForCartWorkflow(container()).run({ input: { cart_id: cart.id } })
    const option = options.find((candidate: { name: string }) => candidate.name === shipping)
    await addShippingMethodToCartWorkflow(container()).run({ input: { cart_id: cart.id, options: [{ id: option.id }] } })
    const { result: collection } = await createPaymentCollectionForCartWorkflow(container()).run({ input: { cart_id: cart.id } })
    await createPaymentSessionsWorkflow(container()).run({ input: { payment_collection_id: collection.id, provider_id: SYSTEM_PAYMENT } })
    return cart.id
  }

  /** Completes a ready cart; answers its order. */
  async function complete(cartId: string): Promise<PlacedOrder> {
    const { result } = await completeCartWorkflow(container()).run({ input: { id: cartId } })
    const { data: [order] }: { data: any[] } = await query().graph({ entity: "order", fields: ["id", "display_id", "metadata", "items.*"], filters: { id: result.id } })
    return order as PlacedOrder
  }

  /** A ready cart, completed. */
  async function placeOrder(...args: Parameters<typeof readyCart>): Promise<PlacedOrder> {
    return complete(await readyCart(...args))
  }

  return { prepare, stockPlenty, readyCart, complete, placeOrder }
}
