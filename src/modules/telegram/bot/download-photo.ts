import { randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import type { Api } from "grammy"
import { readEnv } from "../../../config/env"
import { checkUpload } from "../../../lib/uploads/check-upload"
import { UploadErrorCodes } from "../../../lib/uploads/error-codes"
import type { ImageMimeType } from "../../../lib/uploads/image-type"
import { MAX_IMAGE_MEGABYTES, MAX_IMAGE_MEGAPIXELS, MEGABYTE } from "../../../lib/uploads/limits"

/** The upload routes' limits for one image; a chat's photos are held to them too (the texts name them). */
export const PHOTO_LIMITS = { megabytes: MAX_IMAGE_MEGABYTES, megapixels: MAX_IMAGE_MEGAPIXELS }

/** A checked image from a chat, as the File module takes it (content in base64, as Medusa's upload route passes it). */
export type DownloadedPhoto = { filename: string; mimeType: ImageMimeType; size: number; content: string }

/** Why a chat's photo was not taken: Telegram would not give it, it is over a limit, or its bytes are no readable image. */
export type PhotoRefusal = "unavailable" | "too_large" | "too_many_pixels" | "not_image"

export type PhotoDownload = { ok: true; photo: DownloadedPhoto } | { ok: false; refusal: PhotoRefusal }

const REFUSALS: Record<string, PhotoRefusal> = {
  [UploadErrorCodes.IMAGE_TOO_LARGE]: "too_large",
  [UploadErrorCodes.IMAGE_TOO_MANY_PIXELS]: "too_many_pixels",
  [UploadErrorCodes.UNSUPPORTED_IMAGE_TYPE]: "not_image",
  [UploadErrorCodes.IMAGE_UNREADABLE]: "not_image",
}

/**
 * Downloads a file a user sent the bot (a photo, or a picture sent as a document) through the Bot API and passes it
 * through checkUpload, the check of every upload: its type by its bytes (never Telegram's or the sender's word), the
 * byte and pixel limits, and re-encoding without metadata (a phone's GPS position never reaches storage).
 * `baseName` names the stored file, with a random tail: Medusa's local file provider keys a file by the millisecond and
 * its name, so two photos stored in one millisecond under one name would share (and one's rollback delete) one file.
 * The extension comes from the real type.
 */
export async function downloadTelegramPhoto(api: Api, fileId: string, baseName: string): Promise<PhotoDownload> {
  const { TELEGRAM_API_ROOT, TELEGRAM_BOT_TOKEN } = readEnv()
  const maxBytes = MAX_IMAGE_MEGABYTES * MEGABYTE
  const file = await api.getFile(fileId).catch(() => null)
  if (!file?.file_path) return { ok: false, refusal: "unavailable" }
  if ((file.file_size ?? 0) > maxBytes) return { ok: false, refusal: "too_large" }
  // the URL holds the bot token: it is never logged, and a failure is reported without it
  const response = await fetch(`${TELEGRAM_API_ROOT}/file/bot${TELEGRAM_BOT_TOKEN}/${file.file_path}`).catch(() => null)
  if (!response?.ok) return { ok: false, refusal: "unavailable" }
  try {
    const name = `${baseName}-${randomBytes(4).toString("hex")}`
    const checked = await checkUpload(Buffer.from(await response.arrayBuffer()), { name, maxBytes })
    const photo = { filename: checked.filename, mimeType: checked.mimeType as ImageMimeType, size: checked.size, content: checked.content.toString("base64") }
    return { ok: true, photo }
  } catch (error) {
    const refusal = MedusaError.isMedusaError(error) ? REFUSALS[(error as MedusaError).code ?? ""] : undefined
    if (!refusal) throw error
    return { ok: false, refusal }
  }
}
