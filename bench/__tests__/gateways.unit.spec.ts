import {
  allocateVariants,
  clickFailure,
  clickProbeProblem,
  clickSignTime,
  formatLatencyTable,
  paymeFailure,
  paymeProbeProblem,
} from "../gateways"

const variant = (id: string, inventory_quantity: number, manage_inventory = true) => ({ id, title: id, inventory_quantity, manage_inventory })

describe("allocateVariants", () => {
  it("spreads carts round-robin and never asks a variant for more than its stock", () => {
    expect(allocateVariants([variant("a", 1), variant("b", 3), variant("c", 0)], 4)).toEqual(["a", "b", "b", "b"])
    expect(allocateVariants([variant("a", 5), variant("b", 5)], 3)).toEqual(["a", "b", "a"])
  })

  it("treats a variant without managed inventory as unlimited", () => {
    expect(allocateVariants([variant("made-to-order", 0, false)], 3)).toEqual(["made-to-order", "made-to-order", "made-to-order"])
  })

  it("refuses with the stock it found when the store has too little", () => {
    expect(() => allocateVariants([variant("a", 2), variant("b", 1)], 4)).toThrow(/Only 3 items in stock, the gateway bench needs 4/)
  })
})

describe("clickSignTime", () => {
  it("prints Tashkent time (UTC+5) in Click's format, across midnight", () => {
    expect(clickSignTime(new Date("2026-11-22T19:30:05.900Z"))).toBe("2026-11-23 00:30:05")
    expect(clickSignTime(new Date("2026-01-01T00:00:00Z"))).toBe("2026-01-01 05:00:00")
  })
})

describe("failures", () => {
  it("counts a Payme reply without result, or a non-200, as failed with its code", () => {
    expect(paymeFailure({ status: 200, body: { result: { allow: true } } })).toBeUndefined()
    expect(paymeFailure({ status: 200, body: { error: { code: -31008 } } })).toBe("-31008")
    expect(paymeFailure({ status: 502, body: "Bad gateway" })).toBe("HTTP 502")
  })

  it("counts a Click reply with a non-zero error, or a non-200, as failed with its code", () => {
    expect(clickFailure({ status: 200, body: { error: 0 } })).toBeUndefined()
    expect(clickFailure({ status: 200, body: { error: -6 } })).toBe("-6")
    expect(clickFailure({ status: 0, body: "fetch failed" })).toBe("HTTP 0")
  })
})

describe("probes", () => {
  it("accepts Payme's transaction-not-found and names a wrong key or missing settings", () => {
    expect(paymeProbeProblem({ status: 200, body: { error: { code: -31003 } } })).toBeUndefined()
    expect(paymeProbeProblem({ status: 200, body: { error: { code: -32504 } } })).toMatch(/refused the Payme key/)
    expect(paymeProbeProblem({ status: 200, body: { error: { code: -32400 } } })).toMatch(/no Payme settings/)
    expect(paymeProbeProblem({ status: 404, body: "" })).toMatch(/no \/hooks\/payme route/)
  })

  it("accepts Click's unknown-order answer and names a wrong secret or service", () => {
    expect(clickProbeProblem({ status: 200, body: { error: -5 } })).toBeUndefined()
    expect(clickProbeProblem({ status: 200, body: { error: -1 } })).toMatch(/CLICK_SECRET_KEY/)
    expect(clickProbeProblem({ status: 200, body: { error: -8 } })).toMatch(/CLICK_SERVICE_ID/)
    expect(clickProbeProblem({ status: 200, body: { error: -7 } })).toMatch(/answered unexpectedly/)
  })
})

describe("formatLatencyTable", () => {
  it("prints n, errors and p50/p95/p99/max per call, then each failing call's codes", () => {
    const ms = (values: number[], error?: string) => values.map((value) => ({ ms: value, error }))
    const hundred = Array.from({ length: 100 }, (_, index) => index + 1)
    const table = formatLatencyTable(
      new Map([
        ["Payme CheckTransaction", ms(hundred)],
        ["Click Complete", [...ms([4]), ...ms([9, 8], "-6"), ...ms([7], "HTTP 500")]],
      ])
    )
    expect(table.split("\n")).toEqual([
      "call                      n  errors  p50 ms  p95 ms  p99 ms  max ms",
      "Payme CheckTransaction  100       0    50.0    95.0    99.0   100.0",
      "Click Complete            4       3     7.0     9.0     9.0     9.0",
      "Click Complete errors: -6 x2, HTTP 500 x1",
    ])
  })
})
