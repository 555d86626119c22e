import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { AccuracyReport } from "../../hooks/reports"
import { formatSignedUzs, formatUzs, formatWeek } from "../pricing/format"
import { AXIS_TICK, CHART_COLORS, compactNumber } from "./chart-theme"

/** Week by week: how far suggested prices were from the prices staff set, in UZS. */
export const PricingChart = ({ weeks }: { weeks: AccuracyReport["by_week"] }) => (
  <figure className="px-6 py-4" aria-label="Pricing error per week chart">
    <ResponsiveContainer width="100%" height={240}>
      <LineChart data={weeks.filter((week) => week.count > 0)} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
        <XAxis dataKey="week_start" tickFormatter={formatWeek} tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: CHART_COLORS.grid }} />
        <YAxis tickFormatter={compactNumber} tick={AXIS_TICK} tickLine={false} axisLine={false} width={48} />
        <ReferenceLine y={0} stroke={CHART_COLORS.axis} />
        <Tooltip
          labelFormatter={(week) => `Week of ${formatWeek(String(week))}`}
          formatter={(value, name) => (name === "Mean signed error" ? formatSignedUzs(Number(value)) : formatUzs(Number(value)))}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line type="monotone" dataKey="mae" name="Mean absolute error" stroke={CHART_COLORS.primary} strokeWidth={2} dot={{ r: 3 }} />
        <Line type="monotone" dataKey="mean_signed_error" name="Mean signed error" stroke={CHART_COLORS.warning} strokeWidth={2} dot={{ r: 3 }} />
      </LineChart>
    </ResponsiveContainer>
  </figure>
)
