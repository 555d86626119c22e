import { createHash } from "node:crypto"
import { hashInviteToken, newInviteToken } from "../invite-token"

describe("invite tokens", () => {
  it("are 32 random bytes in base64url, different every time", () => {
    const tokens = new Set(Array.from({ length: 100 }, newInviteToken))
    expect(tokens.size).toBe(100)
    for (const token of tokens) expect(Buffer.from(token, "base64url")).toHaveLength(32)
  })

  it("are stored as their hex SHA-256", () => {
    expect(hashInviteToken("abc")).toBe(createHash("sha256").update("abc").digest("hex"))
  })
})
