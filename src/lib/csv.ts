/** Excel opens a UTF-8 file without it as the local code page, garbling Cyrillic names. */
export const UTF8_BOM = "\uFEFF"

/** One RFC 4180 field: quoted (inner quotes doubled) only when it holds a quote, comma or line break. */
export const csvField = (value: unknown) => {
  const text = value === null || value === undefined ? "" : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A CSV file as Excel writes it: BOM, a header of `columns`, then each row's values of those columns, CRLF lines. */
export function csvDocument<Column extends string>(columns: readonly Column[], rows: Record<Column, unknown>[]): string {
  const lines = [columns.join(","), ...rows.map((row) => columns.map((column) => csvField(row[column])).join(","))]
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`
}

/** Answers with a CSV document as a download named `filename`. */
export function sendCsvFile(res: { setHeader(name: string, value: string): unknown; send(body: string): unknown }, filename: string, text: string) {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.send(text)
}
