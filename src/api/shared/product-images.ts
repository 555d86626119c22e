import type { MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { acceptImages, acceptedImagesOf } from "../../lib/uploads/accept-images"
import { MAX_PRODUCT_IMAGE_MEGABYTES, MEGABYTE } from "../../lib/uploads/limits"
import type { CheckedPhoto } from "../../workflows/media/steps/store-product-photos"

/** Product photos come as multipart `images`, up to ten of 10 MB each; checked and normalised like every upload. */
export const acceptProductImages = () => acceptImages({ required: true, maxFiles: 10, maxBytes: MAX_PRODUCT_IMAGE_MEGABYTES * MEGABYTE })

/** The request's checked photos as the add-product-images workflow takes them. */
export function productPhotosOf(req: MedusaRequest): CheckedPhoto[] {
  return acceptedImagesOf(req).map(({ filename, mimeType, content, width, height }) => ({
    filename,
    mimeType,
    content: content.toString("base64"),
    width,
    height,
  }))
}

const PRODUCT_IMAGE_FIELDS = ["id", "thumbnail", "images.id", "images.url", "images.rank", "image_variants.*"]

/** The product's images and their web sizes, as the image routes answer. */
export async function productWithImages(container: MedusaContainer, id: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: PRODUCT_IMAGE_FIELDS, filters: { id } })
  return data[0]
}
