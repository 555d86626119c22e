import {
  clickTransactionView,
  gatewayTransactionViews,
  paymeTransactionView,
  type ClickTransactionRow,
  type PaymeTransactionRow,
} from "../normalize"

const tiyin = (value: string) => ({ value, precision: 20 })

const paymeRow = (overrides: Partial<PaymeTransactionRow> = {}): PaymeTransactionRow => ({
  id: "pmtx_1",
  payme_id: "5305e3bab097f420a62ced0b",
  raw_amount_tiyin: tiyin("500000"),
  state: 2,
  reason: null,
  create_time: new Date("2026-11-22T08:00:00.000Z"),
  perform_time: new Date("2026-11-22T08:01:30.000Z"),
  cancel_time: null,
  failure: null,
  ...overrides,
})

const clickRow = (overrides: Partial<ClickTransactionRow> = {}): ClickTransactionRow => ({
  id: "cltx_1",
  click_trans_id: "9007199254740993",
  raw_amount_tiyin: tiyin("100000"),
  status: "COMPLETED",
  click_error: null,
  click_error_note: null,
  cancel_reason: null,
  failure: null,
  prepared_at: new Date("2026-11-22T09:00:00.000Z"),
  completed_at: new Date("2026-11-22T09:00:05.000Z"),
  cancelled_at: null,
  reversed_at: null,
  ...overrides,
})

describe("paymeTransactionView", () => {
  it("shows a performed Payme transaction with its Payme id, UZS amount and ISO times", () => {
    expect(paymeTransactionView(paymeRow())).toEqual({
      gateway: "payme",
      id: "pmtx_1",
      gateway_transaction_id: "5305e3bab097f420a62ced0b",
      state: "PERFORMED",
      state_code: 2,
      amount: "5000",
      reason: null,
      created_at: "2026-11-22T08:00:00.000Z",
      performed_at: "2026-11-22T08:01:30.000Z",
      cancelled_at: null,
      reversed_at: null,
      failure: null,
    })
  })

  it.each([
    [1, "CREATED"],
    [2, "PERFORMED"],
    [-1, "CANCELLED"],
    [-2, "REFUNDED"],
    [0, "STATE_0"],
  ])("names Payme state %i %s and keeps the number", (state, name) => {
    expect(paymeTransactionView(paymeRow({ state }))).toMatchObject({ state: name, state_code: state })
  })

  it("keeps a refund's cancel time, Payme's reason code and the staff failure note", () => {
    const view = paymeTransactionView(
      paymeRow({ state: -2, reason: 5, cancel_time: new Date("2026-11-23T10:00:00.000Z"), failure: "order was canceled" })
    )
    expect(view).toMatchObject({
      state: "REFUNDED",
      reason: 5,
      performed_at: "2026-11-22T08:01:30.000Z",
      cancelled_at: "2026-11-23T10:00:00.000Z",
      reversed_at: null,
      failure: "order was canceled",
    })
  })

  it.each([
    ["12345", "123.45"],
    ["100050", "1000.5"],
    ["5", "0.05"],
    ["0", "0"],
    // Past 2^53 a JS number would already have lost the last tiyin.
    ["9007199254740993", "90071992547409.93"],
  ])("converts %s tiyin to %s UZS exactly", (raw, amount) => {
    expect(paymeTransactionView(paymeRow({ raw_amount_tiyin: tiyin(raw) })).amount).toBe(amount)
  })
})

describe("clickTransactionView", () => {
  it("shows a completed Click payment with Click's transaction id and no Payme state code", () => {
    expect(clickTransactionView(clickRow())).toEqual({
      gateway: "click",
      id: "cltx_1",
      gateway_transaction_id: "9007199254740993",
      state: "COMPLETED",
      state_code: null,
      amount: "1000",
      reason: null,
      created_at: "2026-11-22T09:00:00.000Z",
      performed_at: "2026-11-22T09:00:05.000Z",
      cancelled_at: null,
      reversed_at: null,
      failure: null,
    })
  })

  it("gives why a cancelled attempt ended together with the error Click reported", () => {
    const cancelled = clickRow({
      status: "CANCELLED",
      cancel_reason: "CLICK_CANCELLED",
      click_error: -5017,
      click_error_note: "Insufficient funds",
      completed_at: null,
      cancelled_at: new Date("2026-11-22T09:00:05.000Z"),
    })
    expect(clickTransactionView(cancelled)).toMatchObject({
      state: "CANCELLED",
      reason: "CLICK_CANCELLED; Click error -5017: Insufficient funds",
      performed_at: null,
      cancelled_at: "2026-11-22T09:00:05.000Z",
    })
  })

  it.each([
    [{ cancel_reason: "SUPERSEDED" }, "SUPERSEDED"],
    [{ click_error: -9 }, "Click error -9"],
    [{ click_error: -9, click_error_note: "Cancelled" }, "Click error -9: Cancelled"],
  ])("words the reason of %j as %s", (fields, reason) => {
    expect(clickTransactionView(clickRow(fields)).reason).toBe(reason)
  })

  it("shows a reversed payment's reversal time and what went wrong on our side", () => {
    const reversed = clickRow({ status: "REVERSED", reversed_at: new Date("2026-11-22T09:01:00.000Z"), failure: "cart is gone" })
    expect(clickTransactionView(reversed)).toMatchObject({
      state: "REVERSED",
      performed_at: "2026-11-22T09:00:05.000Z",
      reversed_at: "2026-11-22T09:01:00.000Z",
      failure: "cart is gone",
    })
  })
})

describe("gatewayTransactionViews", () => {
  it("merges both gateways oldest first, equal times in id order", () => {
    const views = gatewayTransactionViews(
      [
        paymeRow({ id: "pmtx_late", create_time: new Date("2026-11-22T10:00:00.000Z") }),
        paymeRow({ id: "pmtx_b", create_time: new Date("2026-11-22T08:00:00.000Z") }),
      ],
      [
        clickRow({ id: "cltx_middle", prepared_at: new Date("2026-11-22T09:00:00.000Z") }),
        clickRow({ id: "cltx_a", prepared_at: new Date("2026-11-22T08:00:00.000Z") }),
      ]
    )
    expect(views.map((view) => [view.gateway, view.id])).toEqual([
      ["click", "cltx_a"],
      ["payme", "pmtx_b"],
      ["click", "cltx_middle"],
      ["payme", "pmtx_late"],
    ])
  })
})
