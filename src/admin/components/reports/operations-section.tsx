import { type OperationsReport, type ReportFilters, reportCsvUrl, useOperationsReport } from "../../hooks/reports"
import { formatDuration } from "../kitchen/format"
import { CakeFunnel } from "./cake-funnel"
import { CsvLink } from "./csv-link"
import { FigureGrid, TargetBadge } from "./figure-grid"
import { formatCount, formatRatio } from "./format"
import { ReportTable } from "./report-table"
import { ReportSection } from "./report-section"

// The targets: write-offs not corrected within 7 days above 98 %, failed gateway payments below 2 %.
const WRITE_OFF_TARGET = 0.98
const PAYMENT_FAILURE_TARGET = 0.02

type Payment = OperationsReport["payments"][number]

const isEmpty = ({ acceptance, write_offs, payments, custom_cakes, slots }: OperationsReport) =>
  !acceptance.tickets && !write_offs.write_offs && payments.every((row) => !row.attempts) && !custom_cakes.submitted && !slots.capacity_orders

/** How fast paid orders are accepted, how exact the stock write-offs are, payment failures, custom cakes and slots. */
export const OperationsSection = ({ filters }: { filters: ReportFilters }) => {
  const report = useOperationsReport(filters)
  const data = report.data
  return (
    <ReportSection
      title="Operations"
      description="Figures of the range against the shop's targets. With a seller chosen, stock, payments, tickets, cakes and slots are that seller's; what has no seller is left out."
      state={report}
      empty={data && isEmpty(data) ? "No paid orders, write-offs, payments, custom cakes or slots in this range." : null}
      actions={<CsvLink href={reportCsvUrl("operations", filters)} table="operations" />}
    >
      {data ? (
        <>
          <FigureGrid
            title="Paid → accepted"
            figures={[
              { label: "Paid orders", value: formatCount(data.acceptance.tickets) },
              { label: "Accepted", value: formatCount(data.acceptance.accepted) },
              { label: "Median time to accept", value: formatDuration(data.acceptance.median_seconds_to_accept) },
              { label: "90% accepted within", value: formatDuration(data.acceptance.p90_seconds_to_accept) },
              { label: "Accepted within 15 min", value: formatRatio(data.acceptance.accepted_within_15_min_share) },
            ]}
          />
          <FigureGrid
            title="Write-off accuracy"
            figures={[
              { label: "Write-offs", value: formatCount(data.write_offs.write_offs) },
              { label: "Corrected within 7 days", value: formatCount(data.write_offs.corrected_within_7_days) },
              {
                label: "Right first time",
                value: formatRatio(data.write_offs.share_without_correction),
                badge: <TargetBadge value={data.write_offs.share_without_correction} meets={(share) => share > WRITE_OFF_TARGET} target="> 98%" />,
              },
            ]}
          />
          <ReportTable<Payment>
            title="Payment failures per gateway"
            rows={data.payments}
            columns={[
              { key: "gateway", label: "Gateway", render: (row) => row.gateway.charAt(0).toUpperCase() + row.gateway.slice(1) },
              { key: "attempts", label: "Ended attempts", numeric: true },
              { key: "succeeded", label: "Succeeded", numeric: true },
              { key: "failed", label: "Failed", numeric: true },
              { key: "failure_rate", label: "Failure rate", numeric: true, render: (row) => formatRatio(row.failure_rate) },
              { key: "target", label: "Target < 2%", render: (row) => <TargetBadge value={row.failure_rate} meets={(rate) => rate < PAYMENT_FAILURE_TARGET} target="< 2%" /> },
            ]}
            empty="No gateway payments."
          />
          <CakeFunnel funnel={data.custom_cakes} />
          <FigureGrid
            title="Slot utilisation"
            figures={[
              { label: "Orders the slots offered", value: formatCount(data.slots.capacity_orders) },
              { label: "Orders booked", value: formatCount(data.slots.booked_orders) },
              { label: "Utilisation", value: formatRatio(data.slots.utilisation) },
            ]}
          />
        </>
      ) : null}
    </ReportSection>
  )
}
