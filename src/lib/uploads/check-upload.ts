import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"
import { UploadErrorCodes } from "./error-codes"
import { safeFilename } from "./filename"
import { isGif, isPdf, sniffImageType, type DocumentMimeType, type ImageMimeType } from "./image-type"
import { describeMegabytes, MAX_DOCUMENT_MEGABYTES, MAX_IMAGE_MEGABYTES, MAX_IMAGE_MEGAPIXELS, MEGABYTE } from "./limits"

export type CheckedUpload = {
  /** Safe to store under: the sanitised base name of the client's file and the extension of its real type. */
  filename: string
  mimeType: ImageMimeType | DocumentMimeType
  /** Of `content`, after normalising. */
  size: number
  /** An image re-encoded upright without metadata (no EXIF, GPS or XMP); a PDF as it came. */
  content: Buffer
  /** Pixels of the upright image; 0 for a PDF. */
  width: number
  height: number
}

export type CheckUploadOptions = {
  /** The client's name of the file (only for messages and the stored name). */
  name: string
  /** Take PDFs too (routes that expect documents); images only otherwise. */
  allowPdf?: boolean
  maxBytes?: number
  maxMegapixels?: number
}

// Re-encoding keeps what a viewer sees; the quality is high enough that a second save loses nothing visible.
const ENCODERS: Record<ImageMimeType, (image: sharp.Sharp) => sharp.Sharp> = {
  "image/jpeg": (image) => image.jpeg({ quality: 90 }),
  "image/png": (image) => image.png(),
  "image/webp": (image) => image.webp({ quality: 90 }),
}

const SHARP_FORMATS: Record<ImageMimeType, string> = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" }

/**
 * The one check every upload goes through (Store and Admin routes through acceptImages, the bot for photos sent in a
 * chat): the byte limit, the type by its bytes (JPEG, PNG, WebP; PDF only with `allowPdf`), the pixel limit read from
 * the image's header before anything is decoded, then a full decode that refuses a truncated file. An image comes back
 * re-encoded upright (EXIF orientation applied) with every metadata block dropped, so a phone's GPS position never
 * reaches storage. Pure: it stores nothing; refusals are MedusaErrors with an UploadErrorCodes code naming the limit.
 */
export async function checkUpload(bytes: Buffer, options: CheckUploadOptions): Promise<CheckedUpload> {
  const { name, allowPdf = false } = options
  if (allowPdf && isPdf(bytes)) return checkPdf(bytes, name, options.maxBytes ?? MAX_DOCUMENT_MEGABYTES * MEGABYTE)

  const maxBytes = options.maxBytes ?? MAX_IMAGE_MEGABYTES * MEGABYTE
  if (bytes.length > maxBytes) throw tooLarge(UploadErrorCodes.IMAGE_TOO_LARGE, name, maxBytes, "images")
  const mimeType = sniffImageType(bytes)
  if (!mimeType) throw unsupported(bytes, name, allowPdf)

  const maxMegapixels = options.maxMegapixels ?? MAX_IMAGE_MEGAPIXELS
  const maxPixels = maxMegapixels * 1_000_000
  // the header only (no pixels decoded), read without sharp's own pixel limit so a bomb is named with its size
  const header = await sharp(bytes, { limitInputPixels: false }).metadata().catch(() => null)
  if (!header?.width || !header.height || header.format !== SHARP_FORMATS[mimeType]) throw unreadable(name)
  if (header.width * header.height > maxPixels) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `"${name}" is ${header.width}×${header.height} pixels; images may have at most ${maxMegapixels} megapixels. ` +
        "Attach a smaller image.",
      UploadErrorCodes.IMAGE_TOO_MANY_PIXELS
    )
  }
  // limitInputPixels again, in case the decoder finds larger dimensions than the header said
  const decoder = sharp(bytes, { limitInputPixels: maxPixels, failOn: "truncated" }).rotate()
  const normalised = await ENCODERS[mimeType](decoder)
    .toBuffer({ resolveWithObject: true })
    .catch(() => {
      throw unreadable(name)
    })
  return {
    filename: safeFilename(name, mimeType),
    mimeType,
    size: normalised.data.length,
    content: normalised.data,
    width: normalised.info.width,
    height: normalised.info.height,
  }
}

function checkPdf(bytes: Buffer, name: string, maxBytes: number): CheckedUpload {
  if (bytes.length > maxBytes) throw tooLarge(UploadErrorCodes.FILE_TOO_LARGE, name, maxBytes, "documents")
  return { filename: safeFilename(name, "application/pdf"), mimeType: "application/pdf", size: bytes.length, content: bytes, width: 0, height: 0 }
}

function tooLarge(code: string, name: string, maxBytes: number, what: string): MedusaError {
  // 413 has no MedusaError type; src/api/error-handler.ts gives these codes their status.
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `"${name}" is larger than ${describeMegabytes(maxBytes)}. Attach ${what} of at most ${describeMegabytes(maxBytes)} each.`,
    code
  )
}

function unsupported(bytes: Buffer, name: string, allowPdf: boolean): MedusaError {
  const accepted = allowPdf ? "a JPEG, PNG or WebP image or a PDF" : "a JPEG, PNG or WebP image"
  const found = isGif(bytes) ? `"${name}" is a GIF, which is not taken` : `"${name}" is not ${accepted} (judged by its content, not its name)`
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `${found}. Attach ${allowPdf ? "images or PDFs" : "photos"} in one of these formats: JPEG, PNG, WebP${allowPdf ? ", PDF" : ""}.`,
    allowPdf ? UploadErrorCodes.UNSUPPORTED_FILE_TYPE : UploadErrorCodes.UNSUPPORTED_IMAGE_TYPE
  )
}

function unreadable(name: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `"${name}" starts like an image but cannot be read as one (truncated or damaged). Save it again and attach the new file.`,
    UploadErrorCodes.IMAGE_UNREADABLE
  )
}
