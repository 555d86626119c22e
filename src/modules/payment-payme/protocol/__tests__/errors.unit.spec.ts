import { PAYME_ERRORS, type PaymeErrorKind, PaymeRpcError, paymeError, rpcError, rpcResult } from ".."

const KINDS = Object.keys(PAYME_ERRORS) as PaymeErrorKind[]
const ACCOUNT_KINDS: PaymeErrorKind[] = ["ORDER_NOT_FOUND", "ORDER_PAYMENT_IN_PROGRESS", "ORDER_NOT_PAYABLE"]

describe("paymeError", () => {
  it.each(KINDS)("gives %s its Payme code and a distinct message in ru, uz and en", (kind) => {
    const error = paymeError(kind, ACCOUNT_KINDS.includes(kind) ? "order_id" : undefined)
    expect(error).toBeInstanceOf(PaymeRpcError)
    expect(error).toBeInstanceOf(Error)
    expect(error.kind).toBe(kind)
    expect(error.code).toBe(PAYME_ERRORS[kind])
    expect(error.message).toBe(error.localized.en)
    const { ru, uz, en } = error.localized
    expect(new Set([ru, uz, en]).size).toBe(3)
    expect(ru).toMatch(/[а-яё]/i)
    expect(uz).toMatch(/^[\x20-\x7e]+$/) // Uzbek in the Latin script
  })

  it("keeps the codes the protocol names", () => {
    expect(PAYME_ERRORS).toMatchObject({
      INSUFFICIENT_PRIVILEGE: -32504,
      WRONG_AMOUNT: -31001,
      TRANSACTION_NOT_FOUND: -31003,
      CANNOT_CANCEL_DELIVERED: -31007,
      CANNOT_PERFORM: -31008,
    })
    for (const kind of ACCOUNT_KINDS) {
      expect(PAYME_ERRORS[kind]).toBeGreaterThanOrEqual(-31099)
      expect(PAYME_ERRORS[kind]).toBeLessThanOrEqual(-31050)
    }
  })

  it("gives every kind its own message", () => {
    const english = KINDS.map((kind) => paymeError(kind, "order_id").localized.en)
    expect(new Set(english).size).toBe(KINDS.length)
  })

  it.each(ACCOUNT_KINDS)("refuses to build %s without the account field name", (kind) => {
    expect(() => paymeError(kind)).toThrow(/account field/)
    expect(() => paymeError(kind, "")).toThrow(/account field/)
    expect(paymeError(kind, "order_id").data).toBe("order_id")
  })
})

describe("rpcResult and rpcError", () => {
  it("echoes the id beside the result and sends no error key", () => {
    expect(rpcResult(7, { allow: true })).toEqual({ jsonrpc: "2.0", id: 7, result: { allow: true } })
    expect(rpcResult("abc", null)).not.toHaveProperty("error")
  })

  it("sends code, the localized message object and data, and no result key", () => {
    const response = rpcError(8, paymeError("ORDER_NOT_FOUND", "order_id"))
    expect(response).toEqual({
      jsonrpc: "2.0",
      id: 8,
      error: { code: -31050, message: paymeError("ORDER_NOT_FOUND", "order_id").localized, data: "order_id" },
    })
    expect(response).not.toHaveProperty("result")
  })

  it("leaves data out when the error has none", () => {
    const response = rpcError(null, paymeError("PARSE_ERROR"))
    expect("error" in response && Object.keys(response.error)).toEqual(["code", "message"])
    expect(JSON.parse(JSON.stringify(response))).toEqual({
      jsonrpc: "2.0",
      id: null,
      error: { code: -32700, message: expect.objectContaining({ ru: expect.any(String), uz: expect.any(String) }) },
    })
  })
})
