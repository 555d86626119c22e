import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"
import type { CategoryIds } from "./ensure-categories"
import type { ValueIds } from "./ensure-product-attributes"
import { PRODUCTS, type SeedProduct } from "./data/products"
import { uploadProductImages } from "./product-images"

export type ProductLinks = {
  categoryIds: CategoryIds
  tagIds: ValueIds
  typeIds: ValueIds
  salesChannelIds: string[]
  shippingProfileId: string
}

/** Product ids by handle. */
export type ProductIds = Map<string, string>

function toWorkflowInput(product: SeedProduct, links: ProductLinks, imageUrl: string): CreateProductWorkflowInputDTO {
  return {
    title: product.title,
    subtitle: product.subtitle,
    description: product.description,
    handle: product.handle,
    status: ProductStatus.PUBLISHED,
    weight: product.weightGrams,
    thumbnail: imageUrl,
    images: [{ url: imageUrl }],
    type_id: links.typeIds.get(product.type)!,
    tag_ids: product.tags.map((tag) => links.tagIds.get(tag)!),
    category_ids: product.categoryHandles.map((handle) => links.categoryIds.get(handle)!),
    sales_channels: links.salesChannelIds.map((id) => ({ id })),
    shipping_profile_id: links.shippingProfileId,
    options: [{ title: product.optionTitle, values: product.variants.map((variant) => variant.optionValue) }],
    variants: product.variants.map((variant) => ({
      title: variant.optionValue,
      sku: variant.sku,
      options: { [product.optionTitle]: variant.optionValue },
      manage_inventory: true,
      weight: variant.weightGrams,
      metadata: variant.metadata,
      prices: [
        { currency_code: "uzs", amount: variant.price.uzs },
        { currency_code: "usd", amount: variant.price.usd },
      ],
    })),
  }
}

/** Creates the missing demo products; their pictures are uploaded only then, so re-runs upload nothing. */
export async function ensureProducts(ctx: SeedContext, links: ProductLinks): Promise<ProductIds> {
  const { data: existing } = await ctx.query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: PRODUCTS.map((product) => product.handle) },
  })
  const ids: ProductIds = new Map(existing.map((product) => [product.handle as string, product.id as string]))
  const missing = PRODUCTS.filter((product) => !ids.has(product.handle))

  let uploadedImages = 0
  if (missing.length) {
    const imageUrls = await uploadProductImages(ctx, missing.map((product) => product.image))
    const { result } = await createProductsWorkflow(ctx.container).run({
      input: { products: missing.map((product) => toWorkflowInput(product, links, imageUrls.get(product.image)!)) },
    })
    for (const product of result) ids.set(product.handle, product.id)
    uploadedImages = imageUrls.size
  }

  ctx.tally.record("images", PRODUCTS.length, uploadedImages)
  ctx.tally.record("products", PRODUCTS.length, missing.length)
  return ids
}
