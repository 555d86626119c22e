import { type ReportFilters, type ReportRow, reportCsvUrl, useProductsReport } from "../../hooks/reports"
import { formatMoney, humanize } from "./format"
import { genericColumns } from "./generic-columns"
import { ReportSection } from "./report-section"
import { type Column, ReportTable } from "./report-table"

const revenue: Column<ReportRow> = { key: "revenue", label: "Revenue", numeric: true, render: (row) => formatMoney(Number(row.revenue), String(row.currency_code)) }
const units: Column<ReportRow> = { key: "units", label: "Units", numeric: true }
const currency: Column<ReportRow> = { key: "currency_code", label: "Currency", render: (row) => String(row.currency_code).toUpperCase() }
const product: Column<ReportRow> = { key: "product_title", label: "Product" }
const SALES_COLUMNS = [product, currency, units, revenue]

/** The tables this page knows; any other table the report answers is shown with its own field names. */
const KNOWN: Record<string, { title: string; columns: Column<ReportRow>[]; empty: string }> = {
  best_sellers: { title: "Best sellers", columns: SALES_COLUMNS, empty: "Nothing sold in this range." },
  low_sellers: { title: "Low sellers", columns: SALES_COLUMNS, empty: "Nothing sold in this range." },
  variants: { title: "Sizes sold", columns: [product, { key: "variant_title", label: "Size" }, currency, units, revenue], empty: "Nothing sold in this range." },
  never_sold: { title: "Never sold", columns: [{ key: "title", label: "Product" }], empty: "Every published product sold at least once." },
}

/** Best and low sellers, sizes, products never sold, and whatever tables the report adds later. */
export const ProductsSection = ({ filters }: { filters: ReportFilters }) => {
  const report = useProductsReport(filters)
  const tables = Object.entries(report.data ?? {}).filter(([, rows]) => Array.isArray(rows))
  return (
    <ReportSection
      title="Products"
      description="Units and revenue of order lines not canceled, per currency, most units first."
      state={report}
      empty={report.data && tables.every(([, rows]) => !rows.length) ? "No products sold and none published for this seller." : null}
    >
      {tables.map(([key, rows]) => (
        <ReportTable
          key={key}
          title={KNOWN[key]?.title ?? humanize(key)}
          rows={rows}
          columns={KNOWN[key]?.columns ?? genericColumns(rows)}
          csvHref={reportCsvUrl("products", filters, { table: key })}
          empty={KNOWN[key]?.empty ?? "No rows in this range."}
        />
      ))}
    </ReportSection>
  )
}
