import sharp from "sharp"

/** Web sizes of a product photo: the longest side in pixels (never enlarged), WebP. */
export const IMAGE_VARIANT_SIZES = { thumbnail: 320, card: 960 } as const
export type ImageVariantName = keyof typeof IMAGE_VARIANT_SIZES

export type ImageVariant = { name: ImageVariantName; content: Buffer; size: number; width: number; height: number; mimeType: "image/webp" }

const VARIANT_QUALITY = 80

/**
 * The web-sized copies of an image checked by checkUpload (upright, metadata dropped already): a thumbnail for lists
 * and a card-size picture for product cards (the bot's, the storefront's), each fitted inside its square.
 */
export async function makeImageVariants(content: Buffer): Promise<ImageVariant[]> {
  const names = Object.keys(IMAGE_VARIANT_SIZES) as ImageVariantName[]
  return Promise.all(
    names.map(async (name) => {
      const side = IMAGE_VARIANT_SIZES[name]
      const { data, info } = await sharp(content)
        .resize({ width: side, height: side, fit: "inside", withoutEnlargement: true })
        .webp({ quality: VARIANT_QUALITY })
        .toBuffer({ resolveWithObject: true })
      return { name, content: data, size: data.length, width: info.width, height: info.height, mimeType: "image/webp" as const }
    })
  )
}
