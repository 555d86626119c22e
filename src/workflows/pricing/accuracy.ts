import { bottomSizeCm, type CakeFeatures } from "../../modules/cake-pricing/domain"
import { regressionMetrics } from "../../modules/cake-pricing/gbrt"

export type FinalizedPrediction = { predicted_price: number; final_price: number; features: CakeFeatures; finalized_at: Date }
export type Accuracy = { count: number; mae: number; mape: number; mean_signed_error: number }

const SIZE_BUCKETS: { label: string; max: number }[] = [
  { label: "up to 16 cm", max: 16 },
  { label: "17–20 cm", max: 20 },
  { label: "21–24 cm", max: 24 },
  { label: "25–30 cm", max: 30 },
  { label: "over 30 cm", max: Infinity },
]

function accuracyOf(rows: FinalizedPrediction[]): Accuracy {
  if (!rows.length) return { count: 0, mae: 0, mape: 0, mean_signed_error: 0 }
  const metrics = regressionMetrics(rows.map((row) => row.final_price), rows.map((row) => row.predicted_price))
  return { count: metrics.count, mae: Math.round(metrics.mae), mape: Math.round(metrics.mape * 100) / 100, mean_signed_error: Math.round(metrics.mean_signed_error) }
}

/** Monday 00:00 UTC of the row's week. */
function weekStart(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7))
  return day.toISOString().slice(0, 10)
}

function groupBy<K>(rows: FinalizedPrediction[], key: (row: FinalizedPrediction) => K): Map<K, FinalizedPrediction[]> {
  const groups = new Map<K, FinalizedPrediction[]>()
  for (const row of rows) {
    const group = groups.get(key(row))
    if (group) group.push(row)
    else groups.set(key(row), [row])
  }
  return groups
}

/**
 * How far suggestions were from the prices staff set: MAE, MAPE and mean signed error (predicted − final: positive
 * means the suggestions over-priced), overall, per size bucket of the bottom tier and per week.
 */
export function accuracyReport(rows: FinalizedPrediction[]) {
  const bySize = groupBy(rows, (row) => SIZE_BUCKETS.find((bucket) => bottomSizeCm(row.features) <= bucket.max)!.label)
  const byWeek = groupBy(rows, (row) => weekStart(new Date(row.finalized_at)))
  return {
    overall: accuracyOf(rows),
    by_size: SIZE_BUCKETS.filter((bucket) => bySize.has(bucket.label)).map((bucket) => ({ bucket: bucket.label, ...accuracyOf(bySize.get(bucket.label)!) })),
    by_week: [...byWeek.keys()].sort().map((week) => ({ week_start: week, ...accuracyOf(byWeek.get(week)!) })),
  }
}
