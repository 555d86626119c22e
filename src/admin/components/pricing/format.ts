import type { PricePredictionView } from "../../hooks/pricing"

const uzs = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 })
const signedUzs = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0, signDisplay: "exceptZero" })
const percent = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 })
const compact = new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 })

/** Prices and errors are shown in whole UZS; averages (MAE) are rounded for display only. */
export const formatUzs = (value: number) => `${uzs.format(value)} UZS`
export const formatSignedUzs = (value: number) => `${signedUzs.format(value)} UZS`
/** `value` is already in percent (12.5 means 12.5 %). */
export const formatPercent = (value: number) => `${percent.format(value)} %`
/** Axis labels: 45K, 1.2M. */
export const formatCompact = (value: number) => compact.format(value)

// A week's start is a UTC date; formatting it in the viewer's zone could show the day before.
export const formatWeek = (weekStart: string | number) =>
  new Date(weekStart).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" })

export const answeredBy = ({ source, model_version_id }: Pick<PricePredictionView, "source" | "model_version_id">) =>
  source === "model" && model_version_id ? model_version_id : "baseline"
