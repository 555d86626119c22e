import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MediaModule from "../modules/media"

/** A product's uploaded photos with their web sizes: `fields=+image_variants.*` on Medusa's product routes. */
export default defineLink(ProductModule.linkable.product, { linkable: MediaModule.linkable.imageVariant, isList: true })
