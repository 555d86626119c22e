import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addProductImagesWorkflow } from "../../../../../workflows/media/add-product-images"
import { productPhotosOf, productWithImages } from "../../../../shared/product-images"

/** POST /admin/products/:id/images: multipart `images`, stored with their thumbnail and card sizes and added to the product. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await addProductImagesWorkflow(req.scope).run({ input: { product_id: req.params.id, photos: productPhotosOf(req) } })
  res.json({ product: await productWithImages(req.scope, req.params.id) })
}
