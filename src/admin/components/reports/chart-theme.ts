/** The dashboard's own colour tokens, so charts follow its light and dark themes. */
export const CHART_COLORS = {
  primary: "var(--tag-blue-icon)",
  secondary: "var(--tag-green-icon)",
  warning: "var(--tag-orange-icon)",
  grid: "var(--border-base)",
  axis: "var(--fg-muted)",
}

export const AXIS_TICK = { fill: CHART_COLORS.axis, fontSize: 11 }

const compact = new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 })

/** Axis labels: 45K, 1.2M. */
export const compactNumber = (value: number) => compact.format(value)
