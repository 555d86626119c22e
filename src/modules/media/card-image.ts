/** The link fields a product card reads to pick its picture. */
export const CARD_IMAGE_FIELDS = ["thumbnail", "image_variants.original_url", "image_variants.thumbnail_url", "image_variants.card_url"]

type ImageSizes = { original_url: string; thumbnail_url: string; card_url: string }
export type ProductWithImageSizes = { thumbnail?: string | null; image_variants?: (ImageSizes | null)[] | null }

/**
 * The card-size picture of a product's chosen photo (its thumbnail, whichever size the thumbnail points at); the
 * thumbnail itself when that photo has no recorded sizes (a photo added before sizes were made, or by URL).
 */
export function cardImageUrl(product: ProductWithImageSizes): string | null {
  const thumbnail = product.thumbnail ?? null
  if (!thumbnail) return null
  const sizes = (product.image_variants ?? []).find(
    (variant) => variant && [variant.original_url, variant.thumbnail_url, variant.card_url].includes(thumbnail)
  )
  return sizes?.card_url ?? thumbnail
}
