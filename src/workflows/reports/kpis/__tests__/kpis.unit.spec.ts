import { customCakeFunnel, gatewayFailureRates, slotUtilisation, writeOffAccuracy } from "../operations"
import { inventoryTurnover, type LedgerMovement } from "../turnover"
import { ratio } from "../ratio"

const TZ = "Asia/Tashkent"
const move = (item: string, reason: string, quantity: number, before: number, at: string, location = "loc_1"): LedgerMovement => ({
  inventory_item_id: item,
  location_id: location,
  reason,
  quantity,
  quantity_before: before,
  quantity_after: before + quantity,
  created_at: new Date(at),
})

it("answers null, not NaN, for an empty denominator", () => {
  expect(ratio(0, 0)).toBeNull()
  expect(ratio(2, 3)).toBe(0.6667)
})

describe("inventory turnover", () => {
  it("sums sold, lost and corrections and averages the day-end levels", () => {
    // day 1 (Dec 1): 10 → +20 incoming → 30, sell 5 → 25; day 2: loss 3 → 22; day 3: correction +1 → 23, sell 7 → 16
    const rows = inventoryTurnover(
      [
        move("iitem_a", "INCOMING", 20, 10, "2026-12-01T04:00:00Z"),
        move("iitem_a", "SALE", -5, 30, "2026-12-01T08:00:00Z"),
        move("iitem_a", "LOSS", -3, 25, "2026-12-02T08:00:00Z"),
        move("iitem_a", "SALE", -7, 23, "2026-12-03T10:00:00Z"),
        move("iitem_a", "CORRECTION", 1, 22, "2026-12-03T09:00:00Z"),
      ],
      ["2026-12-01", "2026-12-02", "2026-12-03"],
      TZ
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
    // loc_1: opening 4, sells 4 on day 2 → 4, 0; loc_2: opening 6, sale on day 1 (Tashkent, 20:00 UTC Nov 30) → 5, 5
    const [row] = inventoryTurnover(
      [move("iitem_b", "SALE", -4, 4, "2026-12-02T06:00:00Z"), move("iitem_b", "SALE", -1, 6, "2026-11-30T20:00:00Z", "loc_2")],
      ["2026-12-01", "2026-12-02"],
      TZ
    )
    expect(row).toMatchObject({ sold: 5, lost: 0, opening_stock: 10, closing_stock: 5, average_stock: 7, turnover_ratio: 0.7143, loss_share: 0 })
  })

  it("answers null ratios when nothing was stocked or moved out", () => {
    const [row] = inventoryTurnover([move("iitem_c", "CORRECTION", 0, 0, "2026-12-01T06:00:00Z")], ["2026-12-01"], TZ)
    expect(row).toMatchObject({ sold: 0, average_stock: 0, turnover_ratio: null, loss_share: null })
  })
})

describe("operations KPIs", () => {
  it("counts write-offs a correction of the same item followed within 7 days", () => {
    const writeOffs = [
      { inventory_item_id: "a", reason: "SALE", created_at: new Date("2026-12-01T10:00:00Z") },
      { inventory_item_id: "a", reason: "LOSS", created_at: new Date("2026-12-02T10:00:00Z") },
      { inventory_item_id: "b", reason: "SALE", created_at: new Date("2026-12-01T10:00:00Z") },
      { inventory_item_id: "c", reason: "SALE", created_at: new Date("2026-12-01T10:00:00Z") },
    ]
    const corrections = [
      // a: 6 days after the first, 5 after the second → both corrected
      { inventory_item_id: "a", reason: "CORRECTION", created_at: new Date("2026-12-07T10:00:00Z") },
      // b: 7 days and one second later → not within 7 days
      { inventory_item_id: "b", reason: "CORRECTION", created_at: new Date("2026-12-08T10:00:01Z") },
      // c: before the write-off → does not correct it
      { inventory_item_id: "c", reason: "CORRECTION", created_at: new Date("2026-12-01T09:00:00Z") },
    ]
    expect(writeOffAccuracy(writeOffs, corrections)).toEqual({ write_offs: 4, corrected_within_7_days: 2, share_without_correction: 0.5 })
    expect(writeOffAccuracy([], corrections).share_without_correction).toBeNull()
  })

  it("rates gateway failures over ended attempts only", () => {
    const rates = gatewayFailureRates([{ state: 2 }, { state: -2 }, { state: -1 }, { state: 1 }], [{ status: "PREPARED" }])
    expect(rates).toEqual([
      { gateway: "payme", attempts: 3, succeeded: 2, failed: 1, failure_rate: 0.3333 },
      { gateway: "click", attempts: 0, succeeded: 0, failed: 0, failure_rate: null },
    ])
  })

  it("follows custom cakes from submission to payment with rejection reasons", () => {
    const funnel = customCakeFunnel([
      { status: "PENDING_REVIEW", rejection_reason: null },
      { status: "APPROVED_AWAITING_PAYMENT", rejection_reason: null },
      { status: "EXPIRED", rejection_reason: null },
      { status: "PAID", rejection_reason: null },
      { status: "COMPLETED", rejection_reason: null },
      { status: "REJECTED", rejection_reason: "too soon" },
      { status: "REJECTED", rejection_reason: "too soon" },
      { status: "CANCELLED", rejection_reason: null },
    ])
    // approved: awaiting payment, expired, paid, completed, cancelled (only an approved request can be cancelled)
    expect(funnel).toEqual({ submitted: 8, approved: 5, paid: 2, rejected: 2, approval_rate: 0.625, payment_rate: 0.4, rejection_reasons: [{ reason: "too soon", count: 2 }] })
  })

  it("divides booked orders by the capacity of the open days' slots", () => {
    // 2026-12-07 is a Monday, 12-08 a Tuesday; the store is closed on the 8th; the bakery has no Tuesday slot
    const templates = [
      { seller_id: "store", type: "PICKUP", weekday: 1, starts_at: "10:00", capacity_orders: 4 },
      { seller_id: "store", type: "PICKUP", weekday: 2, starts_at: "10:00", capacity_orders: 4 },
      { seller_id: "bak_1", type: "DELIVERY", weekday: 1, starts_at: "12:00", capacity_orders: 6 },
    ]
    const usage = [
      { seller_id: "store", type: "PICKUP", date: "2026-12-07", starts_at: "10:00", booked_orders: 3 },
      { seller_id: "bak_1", type: "DELIVERY", date: "2026-12-07", starts_at: "12:00", booked_orders: 2 },
      { seller_id: "store", type: "PICKUP", date: "2026-12-08", starts_at: "10:00", booked_orders: 1 },
    ]
    const closures = [{ seller_id: "store", date: "2026-12-08" }]
    expect(slotUtilisation(templates, usage, closures, ["2026-12-07", "2026-12-08"])).toEqual({ capacity_orders: 10, booked_orders: 5, utilisation: 0.5 })
  })
})
