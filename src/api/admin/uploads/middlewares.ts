import type { MiddlewareRoute } from "@medusajs/framework/http"
import { checkMedusaUploads, refuseUncheckedDirectUploads } from "../../../lib/uploads/check-medusa-uploads"
import { acceptProductImages } from "../../shared/product-images"

/** Every way staff put a file into storage goes through checkUpload (src/lib/uploads/README.md). */
export const adminUploadMiddlewares: MiddlewareRoute[] = [
  // after Medusa's own multer and validator for this route (project middlewares with a method run after Medusa's)
  { method: ["POST"], matcher: "/admin/uploads", middlewares: [checkMedusaUploads] },
  { method: ["POST"], matcher: "/admin/uploads/presigned-urls", middlewares: [refuseUncheckedDirectUploads] },
  { method: ["POST"], matcher: "/admin/products/:id/images", middlewares: [acceptProductImages()] },
]
