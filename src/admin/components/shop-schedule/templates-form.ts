import { WEEKDAY_NAMES } from "../../lib/opening-hours-text"
import type { SlotTemplateRow } from "./api"

export { WEEKDAY_NAMES }

/** A slot row as the form edits it: numbers as text, an empty cake capacity meaning "no cake limit". */
export type TemplateRowForm = { key: number; weekday: number; starts_at: string; ends_at: string; capacity_orders: string; capacity_cakes: string }

let nextKey = 0
const rowKey = () => ++nextKey

export const templateRowsForm = (templates: SlotTemplateRow[]): TemplateRowForm[] =>
  templates.map((template) => ({
    key: rowKey(),
    weekday: template.weekday,
    starts_at: template.starts_at,
    ends_at: template.ends_at,
    capacity_orders: String(template.capacity_orders),
    capacity_cakes: template.capacity_cakes === null ? "" : String(template.capacity_cakes),
  }))

/** A new row: the day after the last row's, same hours and capacity, so a week is typed quickly. */
export function nextTemplateRow(rows: TemplateRowForm[]): TemplateRowForm {
  const last = rows[rows.length - 1]
  if (!last) return { key: rowKey(), weekday: 1, starts_at: "10:00", ends_at: "12:00", capacity_orders: "5", capacity_cakes: "" }
  return { ...last, key: rowKey(), weekday: (last.weekday % 7) + 1 }
}

/** Throws an Error naming the row whose capacity is not a whole number; the server checks times and overlaps. */
export function templateRows(rows: TemplateRowForm[]): SlotTemplateRow[] {
  return rows.map((row, index) => {
    const where = `Row ${index + 1} (${WEEKDAY_NAMES[row.weekday - 1]} ${row.starts_at})`
    const whole = (value: string, what: string) => {
      const number = Number(value)
      if (!value.trim() || !Number.isInteger(number) || number < 0) throw new Error(`${where}: ${what} must be a whole number of 0 or more.`)
      return number
    }
    return {
      weekday: row.weekday,
      starts_at: row.starts_at,
      ends_at: row.ends_at,
      capacity_orders: whole(row.capacity_orders, "orders"),
      capacity_cakes: row.capacity_cakes.trim() ? whole(row.capacity_cakes, "cakes") : null,
    }
  })
}
