import { IMAGE_EXTENSIONS, type ImageMimeType } from "./image-type"

const MAX_FILENAME_LENGTH = 80

/** "My Cake (1).PNG" as PNG → "my-cake-1.png"; "../Торт.png" sniffed as JPEG → "image.jpg" (nothing latin is left). */
export function safeFilename(originalName: string, mimeType: ImageMimeType | "application/pdf"): string {
  const extension = mimeType === "application/pdf" ? "pdf" : IMAGE_EXTENSIONS[mimeType]
  const baseName = (originalName.split(/[\\/]/).pop() ?? "").replace(/\.[^.]*$/, "")
  const sanitised = baseName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // accents off, so "crème" keeps its letters as "creme"
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/\.{2,}/g, ".")
    .slice(0, MAX_FILENAME_LENGTH - extension.length - 1)
    .replace(/^[-._]+|[-._]+$/g, "") // no hidden files, no "name-.jpg"
  const fallback = mimeType === "application/pdf" ? "document" : "image"
  return `${sanitised || fallback}.${extension}`
}
