import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export const UZ_ADDRESS = { first_name: "Dilnoza", last_name: "Karimova", address_1: "Mustaqillik 5", city: "Bukhara", country_code: "uz", postal_code: "200100" }

export type GatewayCheckout = {
  cart_id: string
  payment_collection_id: string
  session_id: string
  amount_tiyin: string
  data: Record<string, any>
}

/**
 * A Store API cart of one item with shipping (the first option, or the one named `shipping`) and any `promo_codes`,
 * and a payment session of `providerId`: what a customer has before paying.
 */
export async function startGatewayCheckout(
  api: AxiosInstance,
  headers: Record<string, string>,
  input: { region_id: string; variant_id: string; provider_id: string; quantity?: number; shipping?: string; promo_codes?: string[] }
): Promise<GatewayCheckout> {
  const { cart } = (
    await api.post(
      "/store/carts",
      { region_id: input.region_id, email: "dilnoza@example.uz", shipping_address: UZ_ADDRESS, items: [{ variant_id: input.variant_id, quantity: input.quantity ?? 1 }], ...(input.promo_codes && { promo_codes: input.promo_codes }) },
      { headers }
    )
  ).data
  const { shipping_options } = (await api.get(`/store/shipping-options?cart_id=${cart.id}`, { headers })).data
  const option = input.shipping ? shipping_options.find((candidate: { name: string }) => candidate.name === input.shipping) : shipping_options[0]
  await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, { headers })
  const { payment_collection } = (await api.post("/store/payment-collections", { cart_id: cart.id }, { headers })).data
  const collection = (await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: input.provider_id }, { headers })).data
    .payment_collection
  const session = collection.payment_sessions.find((candidate: { provider_id: string }) => candidate.provider_id === input.provider_id)
  return { cart_id: cart.id, payment_collection_id: collection.id, session_id: session.id, amount_tiyin: session.data.amount_tiyin, data: session.data }
}

/** A publishable key and a region/variant pair from the seeded store. */
export async function storeFixtures(api: AxiosInstance, query: any) {
  const { data: keys } = await query.graph({ entity: "api_key", fields: ["token", "title"], filters: { type: "publishable" } })
  const web = { "x-publishable-api-key": keys.find((key: { title: string }) => key.title === "Web storefront").token }
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "name"] })
  const regionId = (name: string) => regions.find((region: { name: string }) => region.name === name).id as string
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "product.handle"] })
  const variantOf = (handle: string) => variants.find((variant: any) => variant.product?.handle === handle).id as string
  return { web, uzbekistan: regionId("Uzbekistan"), international: regionId("International"), variantOf }
}

/** What a payment did to a checkout: the cart completed or not, the orders it became, its payments with captures and refunds. */
export async function checkoutState(container: MedusaContainer, sale: GatewayCheckout) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] }: { data: any[] } = await query.graph({ entity: "cart", fields: ["completed_at"], filters: { id: sale.cart_id } })
  const { data: orders } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: sale.cart_id } })
  const { data: payments }: { data: any[] } = await query.graph({
    entity: "payment",
    fields: ["id", "captured_at", "canceled_at", "captures.amount", "refunds.amount"],
    filters: { payment_collection_id: sale.payment_collection_id },
  })
  return { completed: !!cart.completed_at, orders: orders.map((order: any) => order.order_id as string), payments }
}

/** Empties every stock level of a variant, so Medusa can no longer sell a cart holding it. */
export async function sellOut(container: MedusaContainer, variantId: string): Promise<void> {
  const inventory = container.resolve(Modules.INVENTORY)
  const { data: [variant] }: { data: any[] } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantId } })
  const levels = await inventory.listInventoryLevels({ inventory_item_id: variant.inventory_items[0].inventory_item_id })
  await inventory.updateInventoryLevels(
    levels.map((level) => ({ id: level.id, inventory_item_id: level.inventory_item_id, location_id: level.location_id, stocked_quantity: 0 }))
  )
}
