import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { privateFileUrl } from "../../workflows/media/private-file-url"

export type PrivateFileRecord = { file_id: string; mime_type: string; filename: string }

/**
 * Answers a private file to someone the route has already authorised: on S3 a redirect to a presigned link that
 * expires in S3_SIGNED_URL_SECONDS (the bytes never pass through the server), on local storage the bytes themselves.
 */
export async function sendPrivateFile(req: MedusaRequest, res: MedusaResponse, file: PrivateFileRecord) {
  const link = await privateFileUrl(req.scope, file.file_id)
  if (link) {
    // the link expires soon; a cached redirect would outlive it
    res.setHeader("cache-control", "no-store")
    return res.redirect(302, link.url)
  }
  const content = await req.scope.resolve(Modules.FILE).getAsBuffer(file.file_id)
  res.setHeader("content-type", file.mime_type)
  res.setHeader("content-length", String(content.length))
  // customers' photos and receipts: never kept by shared caches
  res.setHeader("cache-control", "private, max-age=300")
  // never sniffed by a browser into something else than its checked type
  res.setHeader("x-content-type-options", "nosniff")
  res.setHeader("content-disposition", `inline; filename="${file.filename}"`)
  res.end(content)
}
