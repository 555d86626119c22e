import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * A multipart request carries the JSON body in its `data` field beside the photo files; this puts it where a JSON
 * request has it, so one validator checks both.
 */
export function jsonFromMultipartData(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!req.is("multipart/form-data")) return next()
  const data = (req.body as Record<string, unknown> | undefined)?.data
  try {
    if (typeof data !== "string") throw new Error("missing")
    req.body = JSON.parse(data)
    next()
  } catch {
    next(new MedusaError(MedusaError.Types.INVALID_DATA, 'A multipart request needs a "data" field holding the request as JSON, beside its "images" files.'))
  }
}
