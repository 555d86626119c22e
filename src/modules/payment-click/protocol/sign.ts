import { createHash, timingSafeEqual } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import type { ClickPhase, ClickRequest } from "./request"

/* MD5 of the raw fields concatenated without separators; Complete adds merchant_prepare_id, which integrations
 * commonly forget (§2.3, §5 #10). */
export function clickSignString(request: ClickRequest, phase: ClickPhase, secretKey: string): string {
  if (phase === "complete" && request.merchant_prepare_id === undefined) {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "A Click Complete signature needs merchant_prepare_id")
  }
  const parts = [
    request.click_trans_id,
    request.service_id,
    secretKey,
    request.merchant_trans_id,
    ...(phase === "complete" ? [request.merchant_prepare_id] : []),
    request.amount,
    request.action,
    request.sign_time,
  ]
  return createHash("md5").update(parts.join(""), "utf8").digest("hex")
}

export function isValidClickSign(request: ClickRequest, phase: ClickPhase, secretKey: string): boolean {
  const expected = Buffer.from(clickSignString(request, phase, secretKey), "utf8")
  const received = Buffer.from(request.sign_string.toLowerCase(), "utf8")
  return received.length === expected.length && timingSafeEqual(received, expected)
}
