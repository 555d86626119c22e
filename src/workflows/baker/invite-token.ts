import { createHash, randomBytes } from "node:crypto"

export const BAKER_INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000

export function newInviteToken(): string {
  return randomBytes(32).toString("base64url")
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}
