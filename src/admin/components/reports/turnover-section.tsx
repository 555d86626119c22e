import { type ReportFilters, reportCsvUrl, type TurnoverRow, useTurnoverReport } from "../../hooks/reports"
import { formatCount, formatRatio } from "./format"
import { ReportSection } from "./report-section"
import { type Column, ReportTable } from "./report-table"

const count = (key: keyof TurnoverRow & string, label: string): Column<TurnoverRow> => ({ key, label, numeric: true })

const COLUMNS: Column<TurnoverRow>[] = [
  { key: "title", label: "Item", render: (row) => [row.title ?? row.inventory_item_id, row.sku && `(${row.sku})`].filter(Boolean).join(" ") },
  count("sold", "Sold"),
  count("lost", "Lost"),
  count("corrections", "Corrections"),
  count("opening_stock", "Opening stock"),
  count("closing_stock", "Closing stock"),
  count("average_stock", "Average stock"),
  { key: "turnover_ratio", label: "Turnover", numeric: true, render: (row) => (row.turnover_ratio === null ? "-" : formatCount(row.turnover_ratio)) },
  { key: "loss_share", label: "Lost of sold + lost", numeric: true, render: (row) => formatRatio(row.loss_share) },
]

/** Per stock item that moved in the range: sold, lost, stock levels and how often the average stock sold over. */
export const TurnoverSection = ({ filters }: { filters: ReportFilters }) => {
  const report = useTurnoverReport(filters)
  return (
    <ReportSection
      title="Inventory turnover"
      description="From the stock ledger, all locations together; turnover is units sold over the average day-end stock. The ledger keeps no seller."
      state={report}
      empty={report.data && !report.data.items.length ? "No stock moved in this range." : null}
    >
      {report.data ? <ReportTable title="Turnover per item" rows={report.data.items} columns={COLUMNS} csvHref={reportCsvUrl("inventory-turnover", filters)} empty="No stock moved." /> : null}
    </ReportSection>
  )
}
