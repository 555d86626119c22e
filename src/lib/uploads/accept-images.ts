import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { UploadErrorCodes } from "./error-codes"
import { IMAGE_EXTENSIONS, sniffImageType, type ImageMimeType } from "./image-type"

export type AcceptedImage = {
  /** Safe to store under: the sanitised base name of the client's file and the extension of its real type. */
  filename: string
  mimeType: ImageMimeType
  size: number
  content: Buffer
}

export type AcceptImagesOptions = {
  /** The multipart field the files come in. */
  field?: string
  maxFiles?: number
  maxBytes?: number
  /** Refuse a request without images (a JSON request included) with NO_IMAGES. */
  required?: boolean
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

const MEGABYTE = 1024 * 1024
/** One image's limit unless a route sets its own; the bot checks customers' chat photos against it too. */
export const MAX_IMAGE_MEGABYTES = 5
const MAX_FILENAME_LENGTH = 80
const FALLBACK_BASE_NAME = "image"

const acceptedImages = new WeakMap<MedusaRequest, AcceptedImage[]>()

/** The images acceptImages() checked for this request; empty when it carried none (or was not multipart). */
export function acceptedImagesOf(req: MedusaRequest): AcceptedImage[] {
  return acceptedImages.get(req) ?? []
}

/**
 * Parses a multipart/form-data body: its files (in `field`) must be JPEG, PNG or WebP by content, each at most
 * `maxBytes`, at most `maxFiles` of them; read them with acceptedImagesOf(req). Text fields land in req.body as
 * strings. Any refusal keeps nothing and reaches the error handler as a MedusaError with an UploadErrorCodes code.
 */
export function acceptImages({
  field = "images",
  maxFiles = 5,
  maxBytes = MAX_IMAGE_MEGABYTES * MEGABYTE,
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
      if (parseError) return next(uploadErrorFrom(parseError, { field, maxFiles, maxBytes }))
      let images: AcceptedImage[]
      try {
        images = files.map(checkImage)
      } catch (unsupported) {
        return next(unsupported)
      }
      if (required && images.length === 0) return next(noImagesError(field))
      acceptedImages.set(req, images)
      next()
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

function checkImage(file: MulterFile): AcceptedImage {
  const mimeType = sniffImageType(file.buffer)
  if (!mimeType) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `"${file.originalname}" is not a JPEG, PNG or WebP image (judged by its content, not its name). ` +
        "Attach photos in one of these formats.",
      UploadErrorCodes.UNSUPPORTED_IMAGE_TYPE
    )
  }
  return { filename: safeFilename(file.originalname, mimeType), mimeType, size: file.size, content: file.buffer }
}

/** "My Cake (1).PNG" as PNG → "my-cake-1.png"; "../Торт.png" sniffed as JPEG → "image.jpg" (nothing latin is left). */
export function safeFilename(originalName: string, mimeType: ImageMimeType): string {
  const extension = IMAGE_EXTENSIONS[mimeType]
  const baseName = (originalName.split(/[\\/]/).pop() ?? "").replace(/\.[^.]*$/, "")
  const sanitised = baseName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // accents off, so "crème" keeps its letters as "creme"
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/\.{2,}/g, ".")
    .slice(0, MAX_FILENAME_LENGTH - extension.length - 1)
    .replace(/^[-._]+|[-._]+$/g, "") // no hidden files, no "name-.jpg"
  return `${sanitised || FALLBACK_BASE_NAME}.${extension}`
}

function uploadErrorFrom(
  error: unknown,
  { field, maxFiles, maxBytes }: { field: string; maxFiles: number; maxBytes: number }
): MedusaError {
  if (error instanceof multer.MulterError) {
    if (error.code === "LIMIT_FILE_SIZE") {
      // 413 has no MedusaError type; src/lib/uploads/README.md says how the error handler gives this code its status.
      return new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${error.filename}" is larger than ${describeMegabytes(maxBytes)}. Attach images of at most ` +
          `${describeMegabytes(maxBytes)} each.`,
        UploadErrorCodes.IMAGE_TOO_LARGE
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

function describeMegabytes(bytes: number): string {
  return `${Number((bytes / MEGABYTE).toPrecision(3))} MB`
}
