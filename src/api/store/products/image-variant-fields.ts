import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Medusa's store product routes answer only the fields on their allow-list; this adds the product's image_variants
 * link (web sizes of its photos), so `fields=+image_variants.*` works on GET /store/products and /store/products/:id.
 * Registered without a method, it runs before Medusa's query validator (Medusa sorts method-less middlewares first).
 */
export function allowImageVariantFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "GET") req.allowed = [...(req.allowed ?? []), "image_variants"]
  next()
}
