import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { readEnv } from "../../config/env"
import { usesS3Storage } from "../../config/modules"

/** A link anyone holding it may read a private file through, until `expires_at`. */
export type PrivateFileLink = { url: string; expires_at: Date }

/**
 * A short-lived link to a file stored with access "private" (customers' photos, receipts): on S3 a presigned GET that
 * works for S3_SIGNED_URL_SECONDS; null on local storage, whose private folder no server serves, so the caller streams
 * the file itself from an authenticated route (src/api/shared/private-file.ts does both). Only call it after checking
 * that the asker may see the file: the link itself asks nobody.
 */
export async function privateFileUrl(container: MedusaContainer, fileId: string): Promise<PrivateFileLink | null> {
  const env = readEnv()
  if (!usesS3Storage(env)) return null
  const signedAt = Date.now()
  // the S3 provider presigns with download_file_duration, which fileModule() sets from S3_SIGNED_URL_SECONDS
  const { url } = await container.resolve(Modules.FILE).retrieveFile(fileId)
  return { url, expires_at: new Date(signedAt + env.S3_SIGNED_URL_SECONDS * 1000) }
}
