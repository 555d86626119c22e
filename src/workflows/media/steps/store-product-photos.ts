import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { makeImageVariants } from "../../../lib/uploads/image-variants"

/** A photo checked by checkUpload (upright, metadata dropped), content in base64 as workflow input. */
export type CheckedPhoto = { filename: string; mimeType: string; content: string; width: number; height: number }

export type StoredPhoto = {
  original_file_id: string
  original_url: string
  mime_type: string
  width: number
  height: number
  thumbnail_file_id: string
  thumbnail_url: string
  card_file_id: string
  card_url: string
}

/* Product photos live under one folder, so a store without object ACLs (MinIO) can open just it to anonymous reads. */
const PRODUCT_FOLDER = "products"

/**
 * Stores each photo publicly with its web sizes (thumbnail, card) through the File module. The files of a run that
 * fails half-way are deleted before the error goes on; compensation deletes them all when a later step fails.
 */
export const storeProductPhotosStep = createStep(
  "store-product-photos",
  async (input: { photos: CheckedPhoto[] }, { container }) => {
    const files = container.resolve(Modules.FILE)
    const stored: StoredPhoto[] = []
    const createdIds: string[] = []
    try {
      for (const photo of input.photos) {
        const original = Buffer.from(photo.content, "base64")
        const [thumbnail, card] = await makeImageVariants(original)
        const base = photo.filename.replace(/\.[^.]+$/, "")
        const [originalFile, thumbnailFile, cardFile] = await files.createFiles([
          { filename: `${PRODUCT_FOLDER}/${photo.filename}`, mimeType: photo.mimeType, content: photo.content, access: "public" },
          { filename: `${PRODUCT_FOLDER}/${base}-${thumbnail.name}.webp`, mimeType: thumbnail.mimeType, content: thumbnail.content.toString("base64"), access: "public" },
          { filename: `${PRODUCT_FOLDER}/${base}-${card.name}.webp`, mimeType: card.mimeType, content: card.content.toString("base64"), access: "public" },
        ])
        createdIds.push(originalFile.id, thumbnailFile.id, cardFile.id)
        stored.push({
          original_file_id: originalFile.id,
          original_url: originalFile.url,
          mime_type: photo.mimeType,
          width: photo.width,
          height: photo.height,
          thumbnail_file_id: thumbnailFile.id,
          thumbnail_url: thumbnailFile.url,
          card_file_id: cardFile.id,
          card_url: cardFile.url,
        })
      }
    } catch (error) {
      if (createdIds.length) await files.deleteFiles(createdIds)
      throw error
    }
    return new StepResponse(stored, createdIds)
  },
  async (createdIds, { container }) => {
    if (createdIds?.length) await container.resolve(Modules.FILE).deleteFiles(createdIds)
  }
)
