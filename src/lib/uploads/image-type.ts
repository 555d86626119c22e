export type ImageMimeType = "image/jpeg" | "image/png" | "image/webp"
export type DocumentMimeType = "application/pdf"

/** The extension a stored file gets, from its sniffed type (never from the client's name). */
export const IMAGE_EXTENSIONS: Record<ImageMimeType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
}

const JPEG_SIGNATURE = [0xff, 0xd8, 0xff]
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const RIFF = [0x52, 0x49, 0x46, 0x46]
const WEBP = [0x57, 0x45, 0x42, 0x50]
const GIF = [0x47, 0x49, 0x46, 0x38] // "GIF8", of GIF87a and GIF89a
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // "%PDF-"

/**
 * The image type the bytes really are, judged by their magic numbers; null for anything else. A file's name and the
 * client's content-type are whatever the client chose to say, so they decide nothing.
 */
export function sniffImageType(bytes: Uint8Array): ImageMimeType | null {
  if (startsWith(bytes, JPEG_SIGNATURE)) return "image/jpeg"
  if (startsWith(bytes, PNG_SIGNATURE)) return "image/png"
  // A RIFF container holds WAV and AVI too; bytes 8..11 name the format (after the 4-byte chunk size).
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return "image/webp"
  return null
}

/** A GIF by its signature: refused by name, so the sender learns which format to convert from. */
export function isGif(bytes: Uint8Array): boolean {
  return startsWith(bytes, GIF)
}

/** A PDF by its header, which the format puts at byte 0. */
export function isPdf(bytes: Uint8Array): boolean {
  return startsWith(bytes, PDF)
}

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false
  return signature.every((byte, index) => bytes[offset + index] === byte)
}
