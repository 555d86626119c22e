import { model } from "@medusajs/framework/utils"

/**
 * One uploaded product photo and its web sizes, all in the File module: the original (upright, metadata dropped), a
 * thumbnail (longest side 320 px) and a card-size picture (960 px), both WebP. `original_url` is the URL Medusa's
 * product image carries, so a product image finds its sizes by it.
 */
const ImageVariant = model
  .define("image_variant", {
    id: model.id({ prefix: "imgvar" }).primaryKey(),
    original_file_id: model.text(),
    original_url: model.text(),
    mime_type: model.text(),
    width: model.number(),
    height: model.number(),
    thumbnail_file_id: model.text(),
    thumbnail_url: model.text(),
    card_file_id: model.text(),
    card_url: model.text(),
  })
  .indexes([{ on: ["original_url"] }])

export default ImageVariant
