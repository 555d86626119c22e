import type { AxiosInstance } from "axios"

export const UZ_ADDRESS = { first_name: "Dilnoza", last_name: "Karimova", address_1: "Mustaqillik 5", city: "Bukhara", country_code: "uz", postal_code: "200100" }

export type GatewayCheckout = {
  cart_id: string
  payment_collection_id: string
  session_id: string
  amount_tiyin: string
  data: Record<string, any>
}

/** A Store API cart of one item with shipping, and a payment session of `providerId`: what a customer has before paying. */
export async function startGatewayCheckout(
  api: AxiosInstance,
  headers: Record<string, string>,
  input: { region_id: string; variant_id: string; provider_id: string; quantity?: number }
): Promise<GatewayCheckout> {
  const { cart } = (
    await api.post(
      "/store/carts",
      { region_id: input.region_id, email: "dilnoza@example.uz", shipping_address: UZ_ADDRESS, items: [{ variant_id: input.variant_id, quantity: input.quantity ?? 1 }] },
      { headers }
    )
  ).data
  const { shipping_options } = (await api.get(`/store/shipping-options?cart_id=${cart.id}`, { headers })).data
  await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, { headers })
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
