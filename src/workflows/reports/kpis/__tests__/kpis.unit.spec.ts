import { customCakeFunnel, gatewayFailureRates, slotUtilisation, writeOffAccuracy } from "../operations"
import { stockDay } from "../../../../modules/inventory-ledger/__tests__/stock-day"
import { inventoryTurnover } from "../turnover"
import { ratio } from "../ratio"

it("answers null, not NaN, for an empty denominator", () => {
  expect(ratio(0, 0)).toBeNull()
  expect(ratio(2, 3)).toBe(0.6667)
})

describe("inventory turnover", () => {
  it("sums sold, lost and corrections and averages the day-end levels", () => {
    // day 1 (Dec 1): 10 → +20 incoming → 30, sell 5 → 25; day 2: loss 3 → 22; day 3: correction +1 → 23, sell 7 → 16
    const rows = inventoryTurnover(
      [stockDay("iitem_a", "2026-12-01", 10, 25, { sold: 5 }), stockDay("iitem_a", "2026-12-02", 25, 22, { lost: 3 }), stockDay("iitem_a", "2026-12-03", 22, 16, { sold: 7, corrections: 1 })],
      ["2026-12-01", "2026-12-02", "2026-12-03"]
    )
    // day ends 25, 22, 16 → average 21; turnover 12 / 21 = 0.5714; loss share 3 / 15 = 0.2
    expect(rows).toEqual([
      {
        inventory_item_id: "iitem_a",
        sold: 12,
        lost: 3,
        corrections: 1,
        opening_stock: 10,
        closing_stock: 16,
        average_stock: 21,
        turnover_ratio: 0.5714,
        loss_share: 0.2,
      },
    ])
  })

  it("carries the opening level before the first movement and adds up locations", () => {
    // loc_1: opening 4, sells 4 on day 2 → 4, 0; loc_2: opening 6, sells 1 on day 1 → 5, 5
    const [row] = inventoryTurnover(
      [stockDay("iitem_b", "2026-12-02", 4, 0, { sold: 4 }), stockDay("iitem_b", "2026-12-01", 6, 5, { sold: 1 }, "loc_2")],
      ["2026-12-01", "2026-12-02"]
    )
    expect(row).toMatchObject({ sold: 5, lost: 0, opening_stock: 10, closing_stock: 5, average_stock: 7, turnover_ratio: 0.7143, loss_share: 0 })
  })

  it("answers null ratios when nothing was stocked or moved out", () => {
    const [row] = inventoryTurnover([stockDay("iitem_c", "2026-12-01", 0, 0)], ["2026-12-01"])
    expect(row).toMatchObject({ sold: 0, average_stock: 0, turnover_ratio: null, loss_share: null })
  })
})

describe("operations KPIs", () => {
  it("rates the write-offs no correction followed (the ledger counts them: countWriteOffs)", () => {
    expect(writeOffAccuracy({ write_offs: 4, corrected: 2 })).toEqual({ write_offs: 4, corrected_within_7_days: 2, share_without_correction: 0.5 })
    expect(writeOffAccuracy({ write_offs: 0, corrected: 0 }).share_without_correction).toBeNull()
  })

  it("rates gateway failures over ended attempts only", () => {
    const rates = gatewayFailureRates(
      [
        { state: 2, count: 3 },
        { state: -2, count: 1 },
        { state: -1, count: 2 },
        { state: 1, count: 5 },
        { state: 2, count: 1 },
      ],
      [
        { status: "PREPARED", count: 4 },
        { status: "COMPLETED", count: 6 },
        { status: "CANCELLED", count: 1 },
        { status: "REVERSED", count: 1 },
      ]
    )
    expect(rates).toEqual([
      { gateway: "payme", attempts: 7, succeeded: 5, failed: 2, failure_rate: 0.2857 },
      { gateway: "click", attempts: 8, succeeded: 6, failed: 2, failure_rate: 0.25 },
    ])
    // only open attempts: nothing ended, no rate
    expect(gatewayFailureRates([], [{ status: "PREPARED", count: 2 }])).toEqual([
      { gateway: "payme", attempts: 0, succeeded: 0, failed: 0, failure_rate: null },
      { gateway: "click", attempts: 0, succeeded: 0, failed: 0, failure_rate: null },
    ])
  })

  it("follows custom cakes from submission to payment with rejection reasons", () => {
    const funnel = customCakeFunnel([
      { status: "PENDING_REVIEW", rejection_reason: null, count: 1 },
      { status: "APPROVED_AWAITING_PAYMENT", rejection_reason: null, count: 1 },
      { status: "EXPIRED", rejection_reason: null, count: 1 },
      { status: "PAID", rejection_reason: null, count: 1 },
      { status: "COMPLETED", rejection_reason: null, count: 1 },
      { status: "REJECTED", rejection_reason: "too soon", count: 2 },
      { status: "REJECTED", rejection_reason: "design", count: 1 },
      { status: "CANCELLED", rejection_reason: null, count: 1 },
    ])
    // approved: awaiting payment, expired, paid, completed, cancelled (only an approved request can be cancelled)
    expect(funnel).toEqual({
      submitted: 9,
      approved: 5,
      paid: 2,
      rejected: 3,
      approval_rate: 0.5556,
      payment_rate: 0.4,
      rejection_reasons: [
        { reason: "too soon", count: 2 },
        { reason: "design", count: 1 },
      ],
    })
  })

  it("divides the booked orders by the capacity of the open days' slots", () => {
    // 2026-12-07 is a Monday, 12-08 a Tuesday; the store is closed on the 8th; the bakery has no Tuesday slot
    const templates = [
      { seller_id: "store", weekday: 1, capacity_orders: 4 },
      { seller_id: "store", weekday: 2, capacity_orders: 4 },
      { seller_id: "bak_1", weekday: 1, capacity_orders: 6 },
    ]
    const closures = [{ seller_id: "store", date: "2026-12-08" }]
    expect(slotUtilisation(templates, 5, closures, ["2026-12-07", "2026-12-08"])).toEqual({ capacity_orders: 10, booked_orders: 5, utilisation: 0.5 })
  })
})
