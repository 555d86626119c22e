import { Text } from "@medusajs/ui"
import type { AccuracyReport } from "../../hooks/pricing"
import { linearScale, niceTicks } from "./chart-math"
import { formatCompact, formatSignedUzs, formatUzs, formatWeek } from "./format"

const WIDTH = 640
const HEIGHT = 220
const MARGIN = { top: 12, right: 16, bottom: 28, left: 52 }
const Y_TICKS = 4
const MAX_WEEK_LABELS = 6

type Week = AccuracyReport["by_week"][number]

const SERIES = [
  { key: "mae", label: "Mean absolute error", stroke: "stroke-ui-fg-interactive", fill: "fill-ui-fg-interactive" },
  {
    key: "mean_signed_error",
    label: "Mean signed error (above 0: priced too high)",
    stroke: "stroke-ui-tag-orange-icon",
    fill: "fill-ui-tag-orange-icon",
  },
] as const

const describe = (week: Week) =>
  `Week of ${formatWeek(week.week_start)}: ${week.count} priced, mean absolute error ${formatUzs(week.mae)}, ` +
  `mean signed error ${formatSignedUzs(week.mean_signed_error)}`

type Props = {
  weeks: Week[]
  /** the window's week starts (ms), the x axis even where a week has no data */
  weekStarts: number[]
}

/** Weekly mean absolute and mean signed error in UZS, one point per week with finalized prices. */
export const AccuracyChart = ({ weeks, weekStarts }: Props) => {
  const points = weeks.filter((week) => week.count > 0)
  const values = points.flatMap((week) => [week.mae, week.mean_signed_error])
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), Y_TICKS)
  const x = linearScale([weekStarts[0], weekStarts[weekStarts.length - 1]], [MARGIN.left, WIDTH - MARGIN.right])
  const y = linearScale([ticks[0], ticks[ticks.length - 1]], [HEIGHT - MARGIN.bottom, MARGIN.top])
  const labelEvery = Math.ceil(weekStarts.length / MAX_WEEK_LABELS)
  const xOf = (week: Week) => x(Date.parse(week.week_start))

  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {SERIES.map((series) => (
          <div key={series.key} className="flex items-center gap-x-1.5">
            <svg width="16" height="4" aria-hidden>
              <line x1="0" x2="16" y1="2" y2="2" strokeWidth="2" className={series.stroke} />
            </svg>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {series.label}
            </Text>
          </div>
        ))}
      </div>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        role="img"
        aria-label="Weekly mean absolute error and mean signed error of suggested prices, in UZS"
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(tick)}
              y2={y(tick)}
              className={tick === 0 ? "stroke-ui-border-strong" : "stroke-ui-border-base"}
            />
            <text
              x={MARGIN.left - 8}
              y={y(tick)}
              textAnchor="end"
              dominantBaseline="middle"
              className="fill-ui-fg-muted text-[10px]"
            >
              {formatCompact(tick)}
            </text>
          </g>
        ))}
        {weekStarts.map((start, index) =>
          index % labelEvery === 0 ? (
            <text key={start} x={x(start)} y={HEIGHT - 8} textAnchor="middle" className="fill-ui-fg-muted text-[10px]">
              {formatWeek(start)}
            </text>
          ) : null
        )}
        {SERIES.map((series) => (
          <g key={series.key}>
            <polyline
              points={points.map((week) => `${xOf(week)},${y(week[series.key])}`).join(" ")}
              fill="none"
              strokeWidth="2"
              strokeLinejoin="round"
              className={series.stroke}
            />
            {points.map((week) => (
              <circle key={week.week_start} cx={xOf(week)} cy={y(week[series.key])} r="3" className={series.fill}>
                <title>{describe(week)}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
    </div>
  )
}
