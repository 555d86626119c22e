import crypto from "node:crypto"

/*
 * A payment session's data is partly written by the customer (Medusa merges the storefront's `data` into it), so a
 * provider must not take "the gateway confirmed this" from plain data. Our merchant endpoints attach a confirmation
 * signed with the gateway's secret, bound to the session, the gateway transaction and the amount; the provider
 * authorizes only when the signature checks out.
 */
export type GatewayConfirmation = {
  gateway: "payme" | "click" | "telegram"
  /** capture: the gateway took the money; refund: the gateway returned it. */
  purpose: "capture" | "refund"
  transaction_id: string
  amount_tiyin: string
  confirmed_at: string
  signature: string
}

type Unsigned = Omit<GatewayConfirmation, "signature">

function digest(secret: string, sessionId: string, fields: Unsigned): string {
  const message = [fields.gateway, fields.purpose, sessionId, fields.transaction_id, fields.amount_tiyin, fields.confirmed_at].join("\n")
  return crypto.createHmac("sha256", secret).update(message).digest("hex")
}

export function signConfirmation(secret: string, sessionId: string, fields: Unsigned): GatewayConfirmation {
  return { ...fields, signature: digest(secret, sessionId, fields) }
}

export function isValidConfirmation(
  secret: string,
  expected: { sessionId: string; amountTiyin: string; purpose: GatewayConfirmation["purpose"] },
  value: unknown
): value is GatewayConfirmation {
  if (!value || typeof value !== "object") return false
  const confirmation = value as Partial<GatewayConfirmation>
  const fields = ["gateway", "purpose", "transaction_id", "amount_tiyin", "confirmed_at", "signature"] as const
  if (fields.some((field) => typeof confirmation[field] !== "string")) return false
  if (confirmation.amount_tiyin !== expected.amountTiyin || confirmation.purpose !== expected.purpose) return false
  const sessionId = expected.sessionId
  const wanted = Buffer.from(digest(secret, sessionId, confirmation as Unsigned), "hex")
  const given = Buffer.from(confirmation.signature!, "hex")
  return given.length === wanted.length && crypto.timingSafeEqual(given, wanted)
}
