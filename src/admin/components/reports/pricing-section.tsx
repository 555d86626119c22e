import { type AccuracyReport, type ReportFilters, reportCsvUrl, usePricingReport } from "../../hooks/reports"
import { formatPercent, formatSignedUzs, formatUzs, formatWeek } from "../pricing/format"
import { FigureGrid } from "./figure-grid"
import { PricingChart } from "./pricing-chart"
import { ReportSection } from "./report-section"
import { type Column, ReportTable } from "./report-table"

type Week = AccuracyReport["by_week"][number]

const COLUMNS: Column<Week>[] = [
  { key: "week_start", label: "Week of", render: (row) => formatWeek(row.week_start) },
  { key: "count", label: "Priced", numeric: true },
  { key: "mae", label: "Mean absolute error", numeric: true, render: (row) => formatUzs(row.mae) },
  { key: "mape", label: "Mean absolute % error", numeric: true, render: (row) => formatPercent(row.mape) },
  { key: "mean_signed_error", label: "Mean signed error", numeric: true, render: (row) => formatSignedUzs(row.mean_signed_error) },
]

/** The pricing model's suggestions against the prices staff set, over the range and week by week. */
export const PricingSection = ({ filters }: { filters: ReportFilters }) => {
  const report = usePricingReport(filters)
  const data = report.data
  return (
    <ReportSection
      title="Pricing error"
      description="Suggested custom-cake prices against the prices staff set, finalized in the range. A positive signed error means suggestions were too high. With a seller chosen, the admin calculator's suggestions (no seller) are left out."
      state={report}
      empty={data && !data.overall.count ? "No suggested price was finalized in this range." : null}
    >
      {data ? (
        <>
          <FigureGrid
            title="Over the range"
            figures={[
              { label: "Priced with a suggestion", value: String(data.overall.count) },
              { label: "Mean absolute error", value: formatUzs(data.overall.mae) },
              { label: "Mean absolute % error", value: formatPercent(data.overall.mape) },
              { label: "Mean signed error", value: formatSignedUzs(data.overall.mean_signed_error) },
            ]}
          />
          <PricingChart weeks={data.by_week} />
          <ReportTable title="Pricing error per week" rows={data.by_week} columns={COLUMNS} csvHref={reportCsvUrl("pricing", filters)} empty="No week with finalized prices." />
        </>
      ) : null}
    </ReportSection>
  )
}
