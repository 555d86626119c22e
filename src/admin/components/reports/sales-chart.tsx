import { Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { SalesReport } from "../../hooks/reports"
import { AXIS_TICK, CHART_COLORS, compactNumber } from "./chart-theme"
import { formatMoney } from "./format"

type Props = {
  currencyCode: string
  /** Every period of the range, so periods without sales show as zero. */
  periods: string[]
  rows: SalesReport["by_period"]
}

/** Gross and net per period in one currency (each currency gets its own chart: they are never added). */
export const SalesChart = ({ currencyCode, periods, rows }: Props) => {
  const ofCurrency = new Map(rows.filter((row) => row.currency_code === currencyCode).map((row) => [row.period, row]))
  const data = periods.map((period) => ({ period, gross: ofCurrency.get(period)?.gross ?? 0, net: ofCurrency.get(period)?.net ?? 0 }))
  const money = (value: unknown) => formatMoney(Number(value), currencyCode)
  return (
    <figure className="flex flex-col gap-y-2 px-6 py-4" aria-label={`Sales chart in ${currencyCode.toUpperCase()}`}>
      <Text size="small" weight="plus">
        Gross and net, {currencyCode.toUpperCase()}
      </Text>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
          <XAxis dataKey="period" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: CHART_COLORS.grid }} minTickGap={12} />
          <YAxis tickFormatter={compactNumber} tick={AXIS_TICK} tickLine={false} axisLine={false} width={48} />
          <Tooltip formatter={money} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="gross" name="Gross" fill={CHART_COLORS.primary} radius={[3, 3, 0, 0]} />
          <Bar dataKey="net" name="Net (after refunds)" fill={CHART_COLORS.secondary} radius={[3, 3, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}
