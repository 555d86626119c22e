import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkUpload } from "./check-upload"
import { UploadErrorCodes } from "./error-codes"
import { MAX_PRODUCT_IMAGE_MEGABYTES, MEGABYTE } from "./limits"

// Medusa's multer file, as its POST /admin/uploads route reads it.
type MulterFile = { originalname: string; mimetype: string; size: number; buffer: Buffer }

/**
 * Medusa's own POST /admin/uploads (the admin's product media) stores whatever its multer parsed. Registered for the
 * same route, this runs after that multer and before the route, and puts every file through checkUpload: a refusal
 * stops the request before anything is stored; an accepted image replaces the original bytes with the normalised
 * ones (no EXIF, upright), under its safe name in the products folder.
 */
export async function checkMedusaUploads(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const files = (req as MedusaRequest & { files?: MulterFile[] }).files ?? []
  for (const file of files) {
    const checked = await checkUpload(file.buffer, { name: file.originalname, maxBytes: MAX_PRODUCT_IMAGE_MEGABYTES * MEGABYTE })
    file.buffer = checked.content
    file.size = checked.size
    file.mimetype = checked.mimeType
    file.originalname = `products/${checked.filename}`
  }
  next()
}

/** Product import is the one direct-to-storage upload the admin makes; nothing else may skip checkUpload that way. */
const DIRECT_UPLOAD_TYPES = new Set(["text/csv"])

/** Refuses POST /admin/uploads/presigned-urls for anything but a CSV: the storage would take the bytes unchecked. */
export function refuseUncheckedDirectUploads(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const mimeType = String((req.body as { mime_type?: unknown } | undefined)?.mime_type ?? "")
  if (DIRECT_UPLOAD_TYPES.has(mimeType.toLowerCase())) return next()
  next(
    new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Direct uploads are only for product import CSVs, not ${mimeType || "files without a type"}. ` +
        "Upload images through POST /admin/uploads or POST /admin/products/:id/images, which check them first.",
      UploadErrorCodes.DIRECT_UPLOAD_NOT_ALLOWED
    )
  )
}
