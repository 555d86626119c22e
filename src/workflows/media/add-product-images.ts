import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MEDIA_MODULE } from "../../modules/media"
import { createImageVariantsStep } from "./steps/create-image-variants"
import { storeProductPhotosStep, type CheckedPhoto } from "./steps/store-product-photos"

export type AddProductImagesInput = {
  product_id: string
  /** Checked by checkUpload already (src/lib/uploads): upright, metadata dropped; content in base64. */
  photos: CheckedPhoto[]
}

type ProductImages = { id: string; thumbnail: string | null; images: { id: string; url: string }[] | null }

/**
 * Adds photos to a product: each is stored with its thumbnail and card sizes, recorded as an image_variant linked to
 * the product, and appended to the product's Medusa images; the first becomes the thumbnail of a product without one.
 * A failing step undoes the earlier ones, the stored files included.
 */
export const addProductImagesWorkflow = createWorkflow("add-product-images", (input: AddProductImagesInput) => {
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "thumbnail", "images.id", "images.url"],
    filters: { id: input.product_id },
    options: { throwIfKeyNotFound: true },
  })
  const stored = storeProductPhotosStep({ photos: input.photos })
  const variants = createImageVariantsStep({ photos: stored })
  createRemoteLinkStep(
    transform({ input, variants }, ({ input, variants }) =>
      variants.map((variant) => ({ [Modules.PRODUCT]: { product_id: input.product_id }, [MEDIA_MODULE]: { image_variant_id: variant.id } }))
    )
  )
  updateProductsWorkflow.runAsStep({
    input: transform({ input, products, stored }, ({ input, products, stored }) => {
      const product = products[0] as ProductImages
      // the product's images are replaced by this list: the kept ones go with their ids
      const images = [...(product.images ?? []).map(({ id, url }) => ({ id, url })), ...stored.map(({ original_url }) => ({ url: original_url }))]
      return {
        selector: { id: input.product_id },
        update: { images, ...(product.thumbnail ? {} : { thumbnail: stored[0].thumbnail_url }) },
      }
    }),
  })
  return new WorkflowResponse(variants)
})
