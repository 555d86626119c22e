type VersionRow = {
  id: string
  status: string
  sample_count: number
  holdout_count: number
  holdout_mae: number
  holdout_mape: number
  baseline_mae: number
  decision: string
  trained_at: Date
  promoted_at: Date | null
}

/** A version without its serialized trees, which only the server reads. */
export const modelVersionView = (row: VersionRow) => ({
  id: row.id,
  status: row.status,
  sample_count: row.sample_count,
  holdout_count: row.holdout_count,
  holdout_mae: Math.round(row.holdout_mae),
  holdout_mape: Math.round(row.holdout_mape * 100) / 100,
  baseline_mae: Math.round(row.baseline_mae),
  decision: row.decision,
  trained_at: row.trained_at,
  promoted_at: row.promoted_at,
})

export const MODEL_VERSION_FIELDS = [
  "id",
  "status",
  "sample_count",
  "holdout_count",
  "holdout_mae",
  "holdout_mape",
  "baseline_mae",
  "decision",
  "trained_at",
  "promoted_at",
] as const
