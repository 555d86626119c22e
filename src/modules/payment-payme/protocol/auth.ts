import { createHash, timingSafeEqual } from "node:crypto"

/** Payme always logs in as "Paycom"; the password is the cashbox key (protocol doc §1.2). */
export const PAYME_LOGIN = "Paycom"

const BASIC_CREDENTIALS = /^basic +([A-Za-z0-9+/]+={0,2})$/i

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest()

/**
 * True only for `Basic base64("Paycom:<key>")`, compared as a whole: the sandbox probes with credentials such as
 * "Paycom:Uzcard:…" that pass a check of the login or the last segment alone. Hashing first keeps the comparison
 * constant-time without revealing the key's length.
 */
export function isAuthorizedPayme(authorizationHeader: string | undefined, key: string): boolean {
  const encoded = authorizationHeader && BASIC_CREDENTIALS.exec(authorizationHeader)?.[1]
  if (!encoded || !key) {
    return false
  }
  const given = sha256(Buffer.from(encoded, "base64"))
  const expected = sha256(Buffer.from(`${PAYME_LOGIN}:${key}`, "utf8"))
  return timingSafeEqual(given, expected)
}
