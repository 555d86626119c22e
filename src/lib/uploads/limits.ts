export const MEGABYTE = 1024 * 1024

/** One image's byte limit unless a route sets its own; the bot holds chat photos to it too. */
export const MAX_IMAGE_MEGABYTES = 5
/** Staff's and bakers' product photos come from cameras at full resolution. */
export const MAX_PRODUCT_IMAGE_MEGABYTES = 10
/** One document's (PDF) byte limit on routes that take documents. */
export const MAX_DOCUMENT_MEGABYTES = 10
/**
 * Decoded size an image may declare: 40 MP is a 7300×5500 camera frame. Decoding takes about 4 bytes a pixel, so this
 * bounds one image at ~160 MB of memory; a decompression bomb declares far more and is refused from its header.
 */
export const MAX_IMAGE_MEGAPIXELS = 40

export function describeMegabytes(bytes: number): string {
  return `${Number((bytes / MEGABYTE).toPrecision(3))} MB`
}
