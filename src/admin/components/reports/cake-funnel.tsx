import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { OperationsReport } from "../../hooks/reports"
import { AXIS_TICK, CHART_COLORS } from "./chart-theme"
import { FigureGrid } from "./figure-grid"
import { formatCount, formatRatio } from "./format"
import { ReportTable } from "./report-table"

type Funnel = OperationsReport["custom_cakes"]

/** Custom cakes submitted in the range and how far they got, with the reasons staff gave for rejecting. */
export const CakeFunnel = ({ funnel }: { funnel: Funnel }) => {
  const steps = [
    { step: "Submitted", count: funnel.submitted },
    { step: "Approved", count: funnel.approved },
    { step: "Paid", count: funnel.paid },
    { step: "Rejected", count: funnel.rejected },
  ]
  return (
    <div>
      <FigureGrid
        title="Custom-cake funnel"
        figures={[
          ...steps.map(({ step, count }) => ({ label: step, value: formatCount(count) })),
          { label: "Approved of submitted", value: formatRatio(funnel.approval_rate) },
          { label: "Paid of approved", value: formatRatio(funnel.payment_rate) },
        ]}
      />
      {funnel.submitted ? (
        <figure className="px-6 pb-4" aria-label="Custom-cake funnel chart">
          <ResponsiveContainer width="100%" height={160}>
            <BarChart data={steps} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }}>
              <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
              <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={false} />
              <YAxis type="category" dataKey="step" tick={AXIS_TICK} tickLine={false} axisLine={false} width={80} />
              <Tooltip />
              <Bar dataKey="count" name="Requests" fill={CHART_COLORS.primary} radius={[0, 3, 3, 0]} />
            </BarChart>
          </ResponsiveContainer>
        </figure>
      ) : null}
      <ReportTable
        title="Rejection reasons"
        rows={funnel.rejection_reasons}
        columns={[
          { key: "reason", label: "Reason", render: (row) => row.reason || "(no reason given)" },
          { key: "count", label: "Requests", numeric: true },
        ]}
        empty="No request was rejected in this range."
      />
    </div>
  )
}
