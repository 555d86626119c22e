import { isValidConfirmation, signConfirmation } from "../confirmation"

const SECRET = "gateway-secret"
const fields = { gateway: "payme" as const, purpose: "capture" as const, transaction_id: "5e730e8e0b852a417aa49ceb", amount_tiyin: "18500000", confirmed_at: "2026-11-22T10:00:00.000Z" }
const expected = { sessionId: "payses_1", amountTiyin: "18500000", purpose: "capture" as const }

describe("gateway confirmations", () => {
  const confirmation = signConfirmation(SECRET, "payses_1", fields)

  it("accepts a confirmation signed for this session, amount and purpose", () => {
    expect(isValidConfirmation(SECRET, expected, confirmation)).toBe(true)
  })

  it.each([
    ["another secret", () => isValidConfirmation("other", expected, confirmation)],
    ["another session", () => isValidConfirmation(SECRET, { ...expected, sessionId: "payses_2" }, confirmation)],
    ["another amount due", () => isValidConfirmation(SECRET, { ...expected, amountTiyin: "100" }, confirmation)],
    ["a refund marker used as a capture", () => isValidConfirmation(SECRET, expected, signConfirmation(SECRET, "payses_1", { ...fields, purpose: "refund" }))],
    ["a tampered transaction id", () => isValidConfirmation(SECRET, expected, { ...confirmation, transaction_id: "x" })],
    ["a forged signature", () => isValidConfirmation(SECRET, expected, { ...confirmation, signature: "00".repeat(32) })],
    ["a short signature", () => isValidConfirmation(SECRET, expected, { ...confirmation, signature: "00" })],
    ["a value that is not an object", () => isValidConfirmation(SECRET, expected, "signed")],
    ["null", () => isValidConfirmation(SECRET, expected, null)],
  ])("rejects %s", (_name, check) => {
    expect(check()).toBe(false)
  })
})
