import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { UploadErrorCodes } from "../lib/uploads/error-codes"

/*
 * Medusa's own handler answers every CONFLICT with a generic "conflicted with another request" message and turns
 * DUPLICATE_ERROR into 422, which would hide our documented codes (CART_SELLER_MISMATCH, INVALID_STATUS_TRANSITION,
 * ...). A MedusaError that carries one of our UPPER_SNAKE codes keeps its message and code; all else goes to Medusa.
 */
const STATUS_BY_TYPE: Partial<Record<string, number>> = {
  [MedusaError.Types.CONFLICT]: 409,
  [MedusaError.Types.DUPLICATE_ERROR]: 409,
  [MedusaError.Types.INVALID_DATA]: 400,
  [MedusaError.Types.NOT_ALLOWED]: 400,
  [MedusaError.Types.NOT_FOUND]: 404,
  [MedusaError.Types.UNAUTHORIZED]: 401,
  [MedusaError.Types.FORBIDDEN]: 403,
}

/** Codes whose status no MedusaError type expresses. */
const STATUS_BY_CODE: Partial<Record<string, number>> = {
  [UploadErrorCodes.IMAGE_TOO_LARGE]: 413,
  [UploadErrorCodes.FILE_TOO_LARGE]: 413,
}

const DOMAIN_CODE = /^[A-Z][A-Z0-9_]+$/
const medusaErrorHandler = errorHandler()

export const domainErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (MedusaError.isMedusaError(error) && typeof error.code === "string" && DOMAIN_CODE.test(error.code)) {
    const status = STATUS_BY_CODE[error.code] ?? STATUS_BY_TYPE[error.type]
    if (status) {
      res.status(status).json({ type: error.type, code: error.code, message: error.message })
      return
    }
  }
  return medusaErrorHandler(error, req, res, next)
}
