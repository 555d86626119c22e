import { parseClickRequest } from "../request"

const prepareBody = {
  click_trans_id: "12345678901234567890",
  service_id: "12345",
  click_paydoc_id: "98765432109876543210",
  merchant_trans_id: "order_01JABC",
  amount: "1000.00",
  action: "0",
  error: "0",
  error_note: "Success",
  sign_time: "2026-03-01 10:15:00",
  sign_string: "3a73d0764219179f4605c1c268ebcbcf",
}
const completeBody = { ...prepareBody, action: "1", merchant_prepare_id: "7" }

describe("parseClickRequest", () => {
  it("keeps every value as the raw string, ids above 2^53 included", () => {
    expect(parseClickRequest(prepareBody, "prepare")).toEqual({ ok: true, request: prepareBody })
  })

  it("reads merchant_prepare_id in Complete and drops it and unknown fields in Prepare", () => {
    expect(parseClickRequest(completeBody, "complete")).toEqual({ ok: true, request: completeBody })
    const parsed = parseClickRequest({ ...completeBody, action: "0", extra: "x" }, "prepare")
    expect(parsed.ok && parsed.request).toEqual(prepareBody)
  })

  it("refuses a Complete without merchant_prepare_id with ERROR_IN_REQUEST", () => {
    expect(parseClickRequest(prepareBody, "complete")).toMatchObject({ ok: false, kind: "ERROR_IN_REQUEST" })
  })

  const requiredFields = [
    "click_trans_id",
    "service_id",
    "click_paydoc_id",
    "merchant_trans_id",
    "amount",
    "action",
    "error",
    "sign_time",
    "sign_string",
  ]
  it.each(requiredFields)("refuses a request without %s or with it empty", (field) => {
    const { [field as keyof typeof prepareBody]: _, ...without } = prepareBody
    expect(parseClickRequest(without, "prepare").ok).toBe(false)
    expect(parseClickRequest({ ...prepareBody, [field]: "" }, "prepare").ok).toBe(false)
  })

  it.each([
    ["click_trans_id", "12a"],
    ["service_id", "-1"],
    ["click_paydoc_id", "1.5"],
    ["amount", "1000.001"],
    ["amount", "1,000.00"],
    ["amount", "-5"],
    ["amount", "1e3"],
    ["error", "zero"],
    ["sign_time", "2026-03-01T10:15:00"],
    ["sign_time", "2026-13-01 10:15:00"],
    ["sign_time", "1772345700"],
  ])("refuses %s = %p", (field, value) => {
    expect(parseClickRequest({ ...prepareBody, [field]: value }, "prepare").ok).toBe(false)
  })

  it("refuses a malformed merchant_prepare_id in Complete", () => {
    expect(parseClickRequest({ ...completeBody, merchant_prepare_id: "7x" }, "complete").ok).toBe(false)
  })

  it.each([["1000"], ["1000.5"], ["0.01"]])("accepts amount %p", (amount) => {
    expect(parseClickRequest({ ...prepareBody, amount }, "prepare").ok).toBe(true)
  })

  it("accepts a negative error code, as Click sends on a cancelled payment", () => {
    const parsed = parseClickRequest({ ...completeBody, error: "-5017", error_note: "" }, "complete")
    expect(parsed.ok && parsed.request.error).toBe("-5017")
  })

  it("reads a missing error_note as empty", () => {
    const { error_note: _, ...withoutNote } = prepareBody
    const parsed = parseClickRequest(withoutNote, "prepare")
    expect(parsed.ok && parsed.request.error_note).toBe("")
  })

  it("leaves the action value to be judged later, so an unknown action is not an error in the request", () => {
    const parsed = parseClickRequest({ ...prepareBody, action: "5" }, "prepare")
    expect(parsed.ok && parsed.request.action).toBe("5")
  })

  it("refuses repeated or nested fields that Express parses into arrays or objects", () => {
    expect(parseClickRequest({ ...prepareBody, amount: ["1000.00", "1.00"] }, "prepare").ok).toBe(false)
    expect(parseClickRequest({ ...prepareBody, service_id: { id: "12345" } }, "prepare").ok).toBe(false)
  })

  it("echoes the readable string fields of a refused request", () => {
    const parsed = parseClickRequest(
      { click_trans_id: "555", merchant_trans_id: "order_1", amount: ["1"], unrelated: "x" },
      "prepare"
    )
    expect(parsed).toEqual({
      ok: false,
      kind: "ERROR_IN_REQUEST",
      echo: { click_trans_id: "555", merchant_trans_id: "order_1" },
    })
  })

  it.each([[undefined], [null], ["click_trans_id=1"], [[prepareBody]]])(
    "refuses a body that is not an object (%p)",
    (body) => {
      expect(parseClickRequest(body, "prepare")).toEqual({ ok: false, kind: "ERROR_IN_REQUEST", echo: {} })
    }
  )
})
