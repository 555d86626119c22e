import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CakeDimensionsSchema, estimateServings, variantServings } from "../../../modules/cake-pricing/domain"
import { sellableProductIds } from "../../../workflows/storefront/sellers"
import type { StoreServingsEstimateQueryType } from "./validators"

function tiersOf(query: StoreServingsEstimateQueryType): Record<string, number>[] {
  const heights = query.heights_cm ?? []
  if (query.shape === "sheet") {
    const [lengths, widths] = [query.lengths_cm ?? [], query.widths_cm ?? []]
    return lengths.map((length_cm, index) => ({ length_cm, width_cm: widths[index], height_cm: heights[index] }))
  }
  return (query.sizes_cm ?? []).map((size_cm, index) => ({ size_cm, height_cm: heights[index] }))
}

function estimateOfDescribedCake(query: StoreServingsEstimateQueryType) {
  const parsed = CakeDimensionsSchema.safeParse({ shape: query.shape, tiers: tiersOf(query) })
  if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0].message)
  return { shape: parsed.data.shape, servings: estimateServings(parsed.data.shape, parsed.data.tiers) }
}

/** A product this storefront may show (published, in its sales channel, not of a suspended bakery), else 404. */
async function servingsOfProduct(req: MedusaStoreRequest, productId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [sellable] = await sellableProductIds(query, req.publishable_key_context.sales_channel_ids, [productId])
  if (!sellable) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  }
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "metadata"],
    filters: { product_id: productId },
    pagination: { order: { variant_rank: "ASC", id: "ASC" } },
  })
  return {
    product_id: productId,
    variants: data.map((variant) => ({ variant_id: variant.id, title: variant.title, ...variantServings(variant.metadata) })),
  }
}

/**
 * GET /store/servings-estimate: party and wedding portions of a described cake, or the servings shown for each
 * variant of a product (the shop's own number when set, else the estimate from the variant's size).
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const query = req.validatedQuery as StoreServingsEstimateQueryType
  res.json(query.product_id ? await servingsOfProduct(req, query.product_id) : estimateOfDescribedCake(query))
}
