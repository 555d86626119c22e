import type { CakeFeatures } from "../../../modules/cake-pricing/domain"
import { accuracyReport } from "../accuracy"

const cake = (size_cm: number) => ({ shape: "round", tiers: [{ size_cm, height_cm: 10 }] }) as unknown as CakeFeatures
const row = (size: number, predicted_price: number, final_price: number, day: string) => ({
  predicted_price,
  final_price,
  features: cake(size),
  finalized_at: new Date(`${day}T12:00:00Z`),
})

describe("accuracyReport", () => {
  it("reports MAE, MAPE and mean signed error overall, per size bucket and per week (Monday start)", () => {
    const report = accuracyReport([
      row(16, 220_000, 200_000, "2026-11-16"), // Monday: over by 20,000 (10%)
      row(20, 270_000, 300_000, "2026-11-22"), // Sunday, same week: under by 30,000 (10%)
      row(24, 400_000, 400_000, "2026-11-23"), // next Monday: exact
    ])
    expect(report.overall).toEqual({ count: 3, mae: 16_667, mape: 6.67, mean_signed_error: -3_333 })
    expect(report.by_size).toEqual([
      { bucket: "up to 16 cm", count: 1, mae: 20_000, mape: 10, mean_signed_error: 20_000 },
      { bucket: "17–20 cm", count: 1, mae: 30_000, mape: 10, mean_signed_error: -30_000 },
      { bucket: "21–24 cm", count: 1, mae: 0, mape: 0, mean_signed_error: 0 },
    ])
    expect(report.by_week.map((week) => [week.week_start, week.count])).toEqual([
      ["2026-11-16", 2],
      ["2026-11-23", 1],
    ])
  })

  it("answers zeros with count 0 when nothing was finalized", () => {
    expect(accuracyReport([])).toEqual({ overall: { count: 0, mae: 0, mape: 0, mean_signed_error: 0 }, by_size: [], by_week: [] })
  })
})
