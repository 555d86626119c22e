/*
 * Stock levels as CSV: what export writes and import reads, so an exported file edited in Excel goes back in.
 * Import needs `location_id`, `stocked_quantity` and either `inventory_item_id` or `sku`; other columns are ignored.
 */
import { csvDocument, UTF8_BOM } from "../../lib/csv"

export const EXPORT_COLUMNS = ["inventory_item_id", "sku", "title", "location_id", "location_name", "stocked_quantity", "reserved_quantity"] as const

export { UTF8_BOM }

export type StockCsvRow = { line: number; inventory_item_id: string | null; sku: string | null; location_id: string; stocked_quantity: number }
export type CsvProblem = { line: number; message: string }

/** Records of RFC 4180 CSV (quotes, doubled quotes, commas and line breaks inside quotes), each with the line it starts on. */
export function csvRecords(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = []
  let fields: string[] = []
  let field = ""
  let quoted = false
  let line = 1
  let start = 1
  const source = text.startsWith(UTF8_BOM) ? text.slice(1) : text
  const endRecord = () => {
    fields.push(field)
    if (fields.length > 1 || fields[0].trim() !== "") records.push({ line: start, fields })
    fields = []
    field = ""
  }
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else {
        if (char === "\n") line++
        field += char
      }
    } else if (char === '"') quoted = true
    else if (char === ",") {
      fields.push(field)
      field = ""
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++
      endRecord()
      line++
      start = line
    } else field += char
  }
  if (field !== "" || fields.length) endRecord()
  return records
}

/** Every row checked; every problem named with its line, so a file is fixed in one go. */
export function parseStockCsv(text: string): { rows: StockCsvRow[]; problems: CsvProblem[] } {
  const [header, ...records] = csvRecords(text)
  if (!header) return { rows: [], problems: [{ line: 1, message: "the file is empty" }] }
  const columns = header.fields.map((name) => name.trim().toLowerCase())
  const at = (name: string) => columns.indexOf(name)
  const missing = ["location_id", "stocked_quantity"].filter((name) => at(name) < 0)
  if (at("inventory_item_id") < 0 && at("sku") < 0) missing.push("inventory_item_id or sku")
  if (missing.length) return { rows: [], problems: [{ line: header.line, message: `the header lacks ${missing.join(", ")}` }] }

  const rows: StockCsvRow[] = []
  const problems: CsvProblem[] = []
  const seen = new Map<string, number>()
  for (const { line, fields } of records) {
    const value = (name: string) => (at(name) >= 0 ? (fields[at(name)] ?? "").trim() : "")
    const itemId = value("inventory_item_id") || null
    const sku = value("sku") || null
    const locationId = value("location_id")
    const quantityText = value("stocked_quantity")
    const errors: string[] = []
    if (!itemId && !sku) errors.push("inventory_item_id or sku is empty")
    if (!locationId) errors.push("location_id is empty")
    if (!/^\d+$/.test(quantityText)) errors.push(`stocked_quantity "${quantityText}" is not a whole number of 0 or more`)
    const key = `${itemId ?? `sku:${sku}`}@${locationId}`
    const earlier = seen.get(key)
    if (earlier !== undefined && !errors.length) errors.push(`the same item and location as line ${earlier}`)
    if (errors.length) {
      problems.push({ line, message: errors.join("; ") })
      continue
    }
    seen.set(key, line)
    rows.push({ line, inventory_item_id: itemId, sku, location_id: locationId, stocked_quantity: Number(quantityText) })
  }
  if (!records.length) problems.push({ line: header.line + 1, message: "the file has no rows under the header" })
  return { rows, problems }
}

export const describeProblems = (problems: CsvProblem[]) => problems.map((problem) => `line ${problem.line}: ${problem.message}`).join("; ")

/** A CSV file (BOM, header, CRLF lines as Excel writes them) of the rows' EXPORT_COLUMNS. */
export function stockCsv(rows: Record<(typeof EXPORT_COLUMNS)[number], unknown>[]): string {
  return csvDocument(EXPORT_COLUMNS, rows)
}
