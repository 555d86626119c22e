/** Stable codes of upload errors that reach the Store or Admin API (and the bot's refusals); README.md says when. */
export const UploadErrorCodes = {
  /** 413: one image is larger than the route's byte limit. */
  IMAGE_TOO_LARGE: "IMAGE_TOO_LARGE",
  /** 413: one document (PDF) is larger than the route's byte limit. */
  FILE_TOO_LARGE: "FILE_TOO_LARGE",
  /** 400: more files than the route accepts. */
  TOO_MANY_IMAGES: "TOO_MANY_IMAGES",
  /** 400: a file's content is not JPEG, PNG or WebP (a GIF included), whatever its name says. */
  UNSUPPORTED_IMAGE_TYPE: "UNSUPPORTED_IMAGE_TYPE",
  /** 400: on a route that takes documents, a file is neither such an image nor a PDF by its content. */
  UNSUPPORTED_FILE_TYPE: "UNSUPPORTED_FILE_TYPE",
  /** 400: an image declares more pixels than allowed (a decompression bomb is refused from its header, undecoded). */
  IMAGE_TOO_MANY_PIXELS: "IMAGE_TOO_MANY_PIXELS",
  /** 400: the bytes start like an image but do not decode as one (truncated or corrupt). */
  IMAGE_UNREADABLE: "IMAGE_UNREADABLE",
  /** 400: the route needs at least one image and got none. */
  NO_IMAGES: "NO_IMAGES",
  /** 400: the multipart body could not be parsed. */
  UPLOAD_MALFORMED: "UPLOAD_MALFORMED",
  /** 400: a presigned (direct-to-storage) upload was asked for a file the server cannot check first. */
  DIRECT_UPLOAD_NOT_ALLOWED: "DIRECT_UPLOAD_NOT_ALLOWED",
} as const
