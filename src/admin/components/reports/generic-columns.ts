import type { Column } from "./report-table"
import { formatCell, formatMoney, formatRatio, humanize } from "./format"

type Row = Record<string, unknown>

const MONEY = new Set(["revenue", "gross", "net", "total", "discounts", "refunds"])
const isRatio = (key: string) => /(^|_)(rate|share)(_|$)/.test(key)

/**
 * Columns for a table the page does not know yet (a report grew one), from its first row's fields: ids left out where
 * the row has a title, amounts in the row's currency, rates and shares as percentages.
 */
export function genericColumns(rows: Row[]): Column<Row>[] {
  const keys = Object.keys(rows[0] ?? {})
  const hasTitle = keys.some((key) => key.endsWith("title"))
  return keys
    .filter((key) => !(hasTitle && (key === "id" || key.endsWith("_id"))))
    .map((key) => {
      const numeric = typeof rows[0][key] === "number" || rows[0][key] === null
      if (MONEY.has(key) && keys.includes("currency_code")) return { key, label: humanize(key), numeric, render: (row: Row) => formatMoney(Number(row[key]), String(row.currency_code)) }
      if (isRatio(key)) return { key, label: humanize(key), numeric, render: (row: Row) => formatRatio(row[key] as number | null) }
      if (key === "currency_code") return { key, label: "Currency", render: (row: Row) => String(row[key]).toUpperCase() }
      return { key, label: humanize(key), numeric, render: (row: Row) => formatCell(row[key]) }
    })
}
