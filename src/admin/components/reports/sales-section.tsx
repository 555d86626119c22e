import { Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { type ReportFilters, type ReportGroup, reportCsvUrl, type SalesReport, useSalesReport } from "../../hooks/reports"
import { formatCount, formatMoney } from "./format"
import { periodsOf } from "./range"
import { ReportSection } from "./report-section"
import { type Column, ReportTable } from "./report-table"
import { SalesChart } from "./sales-chart"

type Figures = SalesReport["currency_rows"][number]

const GROUPS: Record<ReportGroup, string> = { day: "By day", week: "By week", month: "By month" }

const money = (field: "gross" | "discounts" | "total" | "refunds" | "net" | "average_order_value", label: string): Column<Figures> => ({
  key: field,
  label,
  numeric: true,
  render: (row) => formatMoney(row[field], row.currency_code),
})

/** The figure columns every sales table shares after its own first column. */
const FIGURE_COLUMNS: Column<Figures>[] = [
  { key: "currency_code", label: "Currency", render: (row) => row.currency_code.toUpperCase() },
  { key: "orders", label: "Orders", numeric: true },
  { key: "canceled_orders", label: "Canceled", numeric: true },
  money("gross", "Gross"),
  money("discounts", "Discounts"),
  money("total", "Total"),
  money("refunds", "Refunds"),
  money("net", "Net"),
  money("average_order_value", "Average order"),
]

const keyColumn = (key: "period" | "payment_provider" | "sales_channel", label: string): Column<Figures>[] => [{ key, label }, ...FIGURE_COLUMNS]

const CurrencyFigures = ({ row }: { row: Figures }) => (
  <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4" aria-label={`Totals in ${row.currency_code.toUpperCase()}`}>
    {[
      ["Orders", formatCount(row.orders)],
      ["Gross", formatMoney(row.gross, row.currency_code)],
      ["Net", formatMoney(row.net, row.currency_code)],
      ["Average order", formatMoney(row.average_order_value, row.currency_code)],
    ].map(([label, value]) => (
      <div key={label} className="flex flex-col gap-y-1">
        <Text size="xsmall" className="text-ui-fg-subtle">
          {label} ({row.currency_code.toUpperCase()})
        </Text>
        <Text size="large" weight="plus">
          {value}
        </Text>
      </div>
    ))}
  </div>
)

/** Revenue per period in each currency, and by payment method and sales channel. */
export const SalesSection = ({ filters }: { filters: ReportFilters }) => {
  const [group, setGroup] = useState<ReportGroup>("day")
  const report = useSalesReport(filters, group)
  const csv = (table: string) => reportCsvUrl("sales", filters, { group, table })
  const data = report.data
  const hasOrders = !!data?.currency_rows.some((row) => row.orders + row.canceled_orders > 0)
  return (
    <ReportSection
      title="Sales"
      description="Orders placed in the range. Net is what they brought in after refunds; canceled orders are counted but not summed."
      state={report}
      empty={hasOrders ? null : "No orders in this range."}
      actions={
        <Select size="small" value={group} onValueChange={(value) => setGroup(value as ReportGroup)}>
          <Select.Trigger className="w-36" aria-label="Group sales">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(Object.entries(GROUPS) as [ReportGroup, string][]).map(([value, label]) => (
              <Select.Item key={value} value={value}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      }
    >
      {data ? (
        <>
          {data.currency_rows.map((row) => (
            <div key={row.currency_code}>
              <CurrencyFigures row={row} />
              <SalesChart currencyCode={row.currency_code} periods={periodsOf(filters, group)} rows={data.by_period} />
            </div>
          ))}
          <ReportTable title={`Sales ${GROUPS[group].toLowerCase()}`} rows={data.by_period} columns={keyColumn("period", "Period")} csvHref={csv("by_period")} empty="No sales." />
          <ReportTable title="By payment method" rows={data.by_payment_method} columns={keyColumn("payment_provider", "Payment method")} csvHref={csv("by_payment_method")} empty="No sales." />
          <ReportTable title="By sales channel" rows={data.by_sales_channel} columns={keyColumn("sales_channel", "Sales channel")} csvHref={csv("by_sales_channel")} empty="No sales." />
        </>
      ) : null}
    </ReportSection>
  )
}
