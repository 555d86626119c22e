import { MedusaError } from "@medusajs/framework/utils"
import type { Query } from "../storefront/sellers"

export type VariantPrice = { id: string; currency_code: string; amount: number }
export type PricedVariant = { id: string; metadata: Record<string, unknown> | null; prices: VariantPrice[] }

/** A variant with its size metadata and its price list; 404 when there is no such variant. */
export async function retrievePricedVariant(query: Query, id: string): Promise<PricedVariant> {
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "metadata", "prices.id", "prices.currency_code", "prices.amount"],
    filters: { id },
  })
  const variant = data[0] as unknown as PricedVariant | undefined
  if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product variant with id: ${id} was not found`)
  return { ...variant, prices: variant.prices ?? [] }
}

/** The variant's UZS price (the one suggestions are for), or null when it has none. */
export function uzsPriceOf(variant: PricedVariant): number | null {
  const price = variant.prices.find((candidate) => candidate.currency_code === "uzs")
  return price ? Number(price.amount) : null
}
