/** Stable codes of upload errors that reach the Store or Admin API; src/lib/uploads/README.md says when. */
export const UploadErrorCodes = {
  /** 413: one file is larger than the route's limit. */
  IMAGE_TOO_LARGE: "IMAGE_TOO_LARGE",
  /** 400: more files than the route accepts. */
  TOO_MANY_IMAGES: "TOO_MANY_IMAGES",
  /** 400: a file's content is not JPEG, PNG or WebP, whatever its name says. */
  UNSUPPORTED_IMAGE_TYPE: "UNSUPPORTED_IMAGE_TYPE",
  /** 400: the route needs at least one image and got none. */
  NO_IMAGES: "NO_IMAGES",
  /** 400: the multipart body could not be parsed. */
  UPLOAD_MALFORMED: "UPLOAD_MALFORMED",
} as const
