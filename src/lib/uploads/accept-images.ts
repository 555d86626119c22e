import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkUpload, type CheckedUpload } from "./check-upload"
import { UploadErrorCodes } from "./error-codes"
import { describeMegabytes, MAX_DOCUMENT_MEGABYTES, MAX_IMAGE_MEGABYTES, MAX_IMAGE_MEGAPIXELS, MEGABYTE } from "./limits"

export { safeFilename } from "./filename"
export { MAX_IMAGE_MEGABYTES } from "./limits"

/** A file that passed checkUpload: an image normalised (upright, no metadata), or a PDF where documents are taken. */
export type AcceptedImage = CheckedUpload

export type AcceptImagesOptions = {
  /** The multipart field the files come in. */
  field?: string
  maxFiles?: number
  maxBytes?: number
  maxMegapixels?: number
  /** Refuse a request without images (a JSON request included) with NO_IMAGES. */
  required?: boolean
  /** Routes that expect documents take PDFs (checked by their %PDF- header) besides images. */
  allowPdf?: boolean
}

// multer ships no types and @types/multer is not installed; this is the part of its API used here.
type MulterFile = { originalname: string; size: number; buffer: Buffer }
type MulterError = Error & { code: string; field?: string; filename?: string }
type MulterMiddleware = (req: MedusaRequest, res: MedusaResponse, next: (error?: unknown) => void) => void
type Multer = {
  (options: { storage: unknown; limits: { fileSize: number; files: number } }): {
    array(field: string, maxCount: number): MulterMiddleware
  }
  memoryStorage(): unknown
  MulterError: new (code: string) => MulterError
}
const multer: Multer = require("multer")

const acceptedImages = new WeakMap<MedusaRequest, AcceptedImage[]>()

/** The images acceptImages() checked for this request; empty when it carried none (or was not multipart). */
export function acceptedImagesOf(req: MedusaRequest): AcceptedImage[] {
  return acceptedImages.get(req) ?? []
}

/**
 * Parses a multipart/form-data body and passes every file (in `field`) through checkUpload: JPEG, PNG or WebP by
 * content (PDF too with `allowPdf`), each at most `maxBytes` and `maxMegapixels`, at most `maxFiles` of them; read them
 * with acceptedImagesOf(req). Text fields land in req.body as strings. Any refusal keeps nothing and reaches the error
 * handler as a MedusaError with an UploadErrorCodes code.
 */
export function acceptImages({
  field = "images",
  maxFiles = 5,
  allowPdf = false,
  maxBytes = (allowPdf ? MAX_DOCUMENT_MEGABYTES : MAX_IMAGE_MEGABYTES) * MEGABYTE,
  maxMegapixels = MAX_IMAGE_MEGAPIXELS,
  required = false,
}: AcceptImagesOptions = {}) {
  // multer's own limits stop buffering a file one byte past maxBytes and refuse file maxFiles + 1 as it starts, so an
  // oversized upload is never held whole in memory (the rest of the body is drained and dropped).
  const parseMultipart = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: maxFiles },
  }).array(field, maxFiles)

  return function acceptImagesMiddleware(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    // Other bodies pass untouched (Medusa's parsers read JSON), so one route can take JSON or a form with photos.
    if (!req.is("multipart/form-data")) {
      if (required) return next(noImagesError(field))
      return next()
    }
    parseMultipart(req, res, (parseError) => {
      const files = takeMulterFiles(req)
      if (parseError) return next(uploadErrorFrom(parseError, { field, maxFiles, maxBytes, allowPdf }))
      checkFiles(files, { allowPdf, maxBytes, maxMegapixels }).then(
        (images) => {
          if (required && images.length === 0) return next(noImagesError(field))
          acceptedImages.set(req, images)
          next()
        },
        next
      )
    })
  }
}

/** Removes multer's unchecked req.files so a handler can only reach the images through acceptedImagesOf. */
function takeMulterFiles(req: MedusaRequest): MulterFile[] {
  const withFiles = req as MedusaRequest & { files?: MulterFile[] }
  const files = withFiles.files ?? []
  delete withFiles.files
  return files
}

/** One at a time: each decode may take ~160 MB at the pixel limit, so files are not decoded side by side. */
async function checkFiles(files: MulterFile[], limits: { allowPdf: boolean; maxBytes: number; maxMegapixels: number }) {
  const checked: AcceptedImage[] = []
  for (const file of files) checked.push(await checkUpload(file.buffer, { name: file.originalname, ...limits }))
  return checked
}

function uploadErrorFrom(
  error: unknown,
  { field, maxFiles, maxBytes, allowPdf }: { field: string; maxFiles: number; maxBytes: number; allowPdf: boolean }
): MedusaError {
  if (error instanceof multer.MulterError) {
    if (error.code === "LIMIT_FILE_SIZE") {
      // 413 has no MedusaError type; src/api/error-handler.ts gives these codes their status.
      return new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${error.filename}" is larger than ${describeMegabytes(maxBytes)}. Attach ${allowPdf ? "files" : "images"} of at most ` +
          `${describeMegabytes(maxBytes)} each.`,
        allowPdf ? UploadErrorCodes.FILE_TOO_LARGE : UploadErrorCodes.IMAGE_TOO_LARGE
      )
    }
    // multer reports the file after the last allowed one as "unexpected" in its own field, too.
    if (error.code === "LIMIT_FILE_COUNT" || (error.code === "LIMIT_UNEXPECTED_FILE" && error.field === field)) {
      return new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Too many images: attach at most ${maxFiles}.`,
        UploadErrorCodes.TOO_MANY_IMAGES
      )
    }
    if (error.code === "LIMIT_UNEXPECTED_FILE") {
      return malformedUploadError(`a file came in the field "${error.field}"; images belong in "${field}"`)
    }
  }
  return malformedUploadError(error instanceof Error ? error.message : String(error))
}

function malformedUploadError(reason: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `The upload could not be read (${reason}). Send the form again as multipart/form-data.`,
    UploadErrorCodes.UPLOAD_MALFORMED
  )
}

function noImagesError(field: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Attach at least one JPEG, PNG or WebP image in the form field "${field}".`,
    UploadErrorCodes.NO_IMAGES
  )
}
