import type { MedusaRequest } from "@medusajs/framework/http"

/** Gateway bodies are small; anything larger is not a gateway call. */
const MAX_BODY_BYTES = 64 * 1024

/**
 * Reads the body of a route whose body parser is off. Payme sends `text/json` (not parsed by Medusa) and must get a
 * JSON-RPC answer even for unparsable JSON, where Express's JSON parser would answer 400 itself.
 */
export async function readRawBody(req: MedusaRequest): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as unknown as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString("utf8")
}
