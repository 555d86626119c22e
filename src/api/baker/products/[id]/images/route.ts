import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addBakerProductImagesWorkflow } from "../../../../../workflows/media/add-baker-product-images"
import { productPhotosOf, productWithImages } from "../../../../shared/product-images"
import { getBakerContext } from "../../../helpers/baker-context"

/** POST /baker/products/:id/images: photos of the baker's own product (multipart `images`), with their web sizes. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { bakery_id } = await getBakerContext(req)
  await addBakerProductImagesWorkflow(req.scope).run({ input: { bakery_id, product_id: req.params.id, photos: productPhotosOf(req) } })
  res.json({ product: await productWithImages(req.scope, req.params.id) })
}
