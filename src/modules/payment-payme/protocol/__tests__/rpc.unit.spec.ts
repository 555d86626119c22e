import { PAYME_ERRORS, type PaymeErrorKind, parsePaymeRequest } from ".."

const FIELD = "order_id"
const TX = "5305e3bab097f420a62ced0b"
const parse = (body: unknown) => parsePaymeRequest(typeof body === "string" ? body : JSON.stringify(body), FIELD)
const call = (method: string, params: unknown, id: unknown = 42) => parse({ method, params, id })

function expectFailure(result: ReturnType<typeof parse>, kind: PaymeErrorKind, id: unknown, data?: unknown) {
  expect(result.ok).toBe(false)
  if (!result.ok) {
    expect(result.error.kind).toBe(kind)
    expect(result.error.code).toBe(PAYME_ERRORS[kind])
    expect(result.id).toBe(id)
    expect(result.error.data).toEqual(data)
  }
}

function expectParams(result: ReturnType<typeof parse>, method: string, params: unknown) {
  expect(result).toEqual({ ok: true, request: { id: 42, method, params } })
}

describe("parsePaymeRequest: the JSON-RPC envelope", () => {
  it("parses the body as JSON from a string or a Buffer", () => {
    const body = JSON.stringify({ method: "CheckTransaction", params: { id: TX }, id: 42 })
    expectParams(parsePaymeRequest(body, FIELD), "CheckTransaction", { id: TX })
    expectParams(parsePaymeRequest(Buffer.from(body), FIELD), "CheckTransaction", { id: TX })
  })

  it.each([["{not json"], [""], [undefined], [null]])("answers PARSE_ERROR with a null id for body %j", (body) => {
    expectFailure(parsePaymeRequest(body as string | undefined | null, FIELD), "PARSE_ERROR", null)
  })

  it.each([["[1,2]"], ["42"], ['"text"'], ["null"]])("answers INVALID_REQUEST for the non-object body %s", (body) => {
    expectFailure(parse(body), "INVALID_REQUEST", null)
  })

  it("answers INVALID_REQUEST with a null id when the id is missing or neither number nor string", () => {
    expectFailure(parse({ method: "CheckTransaction", params: { id: TX } }), "INVALID_REQUEST", null, "id")
    expectFailure(call("CheckTransaction", { id: TX }, null), "INVALID_REQUEST", null, "id")
    expectFailure(call("CheckTransaction", { id: TX }, { n: 1 }), "INVALID_REQUEST", null, "id")
  })

  it("echoes a readable id when the method is missing or not a string", () => {
    expectFailure(parse({ params: { id: TX }, id: 42 }), "INVALID_REQUEST", 42, "method")
    expectFailure(call(7 as unknown as string, { id: TX }, "req-1"), "INVALID_REQUEST", "req-1", "method")
  })

  it.each([[undefined], [null], [[1]], ["id"]])("answers INVALID_REQUEST data params when params is %j", (params) => {
    expectFailure(call("CheckTransaction", params), "INVALID_REQUEST", 42, "params")
  })

  it("answers METHOD_NOT_FOUND naming the method, ChangePassword included", () => {
    expectFailure(call("DoSomething", {}), "METHOD_NOT_FOUND", 42, "DoSomething")
    expectFailure(call("ChangePassword", { password: "new-key" }), "METHOD_NOT_FOUND", 42, "ChangePassword")
    expectFailure(call("checktransaction", { id: TX }), "METHOD_NOT_FOUND", 42, "checktransaction")
  })

  it("does not require a jsonrpc key and drops params it does not know", () => {
    expectParams(call("PerformTransaction", { id: TX, extra: 1 }), "PerformTransaction", { id: TX })
  })
})

describe("parsePaymeRequest: amount and account", () => {
  const check = (params: unknown) => call("CheckPerformTransaction", params)

  it("accepts a positive integer amount in tiyin and the account with its field", () => {
    expectParams(check({ amount: 500000, account: { order_id: "197" } }), "CheckPerformTransaction", {
      amount: 500000,
      account: { order_id: "197" },
    })
  })

  it.each([[0], [-1], [1.5], ["100"], [null], [2 ** 53], [undefined]])("answers WRONG_AMOUNT for amount %j", (amount) => {
    expectFailure(check({ amount, account: { order_id: "197" } }), "WRONG_AMOUNT", 42)
  })

  it.each([
    ["no account", undefined],
    ["an account without the field", { user_id: "5" }],
    ["an empty field", { order_id: "" }],
    ["a null field", { order_id: null }],
    ["an object field", { order_id: { id: 1 } }],
    ["an array account", ["197"]],
    ["a string account", "197"],
  ])("answers ORDER_NOT_FOUND naming the field for %s", (_, account) => {
    expectFailure(check({ amount: 100, account }), "ORDER_NOT_FOUND", 42, FIELD)
  })

  it("uses the configured account field name", () => {
    const result = parsePaymeRequest(
      JSON.stringify({ id: 1, method: "CheckPerformTransaction", params: { amount: 100, account: { order_id: "1" } } }),
      "payment_id"
    )
    expectFailure(result, "ORDER_NOT_FOUND", 1, "payment_id")
  })

  it("turns a numeric account value into a string and keeps other scalar keys as strings", () => {
    expectParams(
      check({ amount: 100, account: { order_id: 197, phone: 998901234567, gift: true, note: "x", extra: { a: 1 } } }),
      "CheckPerformTransaction",
      { amount: 100, account: { order_id: "197", phone: "998901234567", gift: "true", note: "x" } }
    )
  })

  it("checks the amount before the account", () => {
    expectFailure(check({ amount: 0, account: {} }), "WRONG_AMOUNT", 42)
  })
})

describe("parsePaymeRequest: per-method params", () => {
  const create = { id: TX, time: 1_399_114_284_039, amount: 500000, account: { order_id: "197" } }

  it("reads CreateTransaction", () => {
    expectParams(call("CreateTransaction", create), "CreateTransaction", create)
  })

  it.each([
    ["id", ""],
    ["id", "x".repeat(65)],
    ["id", 123],
    ["time", -1],
    ["time", 1.5],
    ["time", "1399114284039"],
    ["time", undefined],
  ])("answers INVALID_REQUEST params.%s for CreateTransaction %s = %j", (param, value) => {
    expectFailure(call("CreateTransaction", { ...create, [param]: value }), "INVALID_REQUEST", 42, `params.${param}`)
  })

  it("accepts a transaction id of 64 characters", () => {
    expectParams(call("PerformTransaction", { id: "x".repeat(64) }), "PerformTransaction", { id: "x".repeat(64) })
  })

  it.each(["PerformTransaction", "CheckTransaction"])("answers INVALID_REQUEST params.id for %s with no id", (method) => {
    expectFailure(call(method, {}), "INVALID_REQUEST", 42, "params.id")
  })

  it("accepts any integer cancel reason, unknown ones included", () => {
    for (const reason of [1, 5, 7, 10, 99, -3]) {
      expectParams(call("CancelTransaction", { id: TX, reason }), "CancelTransaction", { id: TX, reason })
    }
  })

  it.each([[null], ["5"], [5.5], [undefined]])("answers INVALID_REQUEST params.reason for reason %j", (reason) => {
    expectFailure(call("CancelTransaction", { id: TX, reason }), "INVALID_REQUEST", 42, "params.reason")
  })

  it("reads GetStatement with both ends equal", () => {
    expectParams(call("GetStatement", { from: 1000, to: 1000 }), "GetStatement", { from: 1000, to: 1000 })
  })

  it("answers INVALID_REQUEST params.from when from is after to", () => {
    expectFailure(call("GetStatement", { from: 2000, to: 1000 }), "INVALID_REQUEST", 42, "params.from")
  })

  it("answers INVALID_REQUEST naming a negative or missing GetStatement bound", () => {
    expectFailure(call("GetStatement", { from: -1, to: 1000 }), "INVALID_REQUEST", 42, "params.from")
    expectFailure(call("GetStatement", { from: 0 }), "INVALID_REQUEST", 42, "params.to")
  })

  it("reads SetFiscalData and refuses an unknown type or a non-object fiscal_data", () => {
    const fiscal = { id: TX, type: "PERFORM", fiscal_data: { receipt_id: 1, status_code: 0 } }
    expectParams(call("SetFiscalData", fiscal), "SetFiscalData", fiscal)
    expectFailure(call("SetFiscalData", { ...fiscal, type: "REFUND" }), "INVALID_REQUEST", 42, "params.type")
    expectFailure(call("SetFiscalData", { ...fiscal, fiscal_data: [] }), "INVALID_REQUEST", 42, "params.fiscal_data")
  })
})
