import type { StockDay } from "../../../modules/inventory-ledger/service"
import { ratio } from "./ratio"

export type ItemTurnover = {
  inventory_item_id: string
  sold: number
  lost: number
  corrections: number
  opening_stock: number
  closing_stock: number
  average_stock: number
  turnover_ratio: number | null
  loss_share: number | null
}

/** The stocked quantity of one location at the end of each day: its last movement's level that day, else the previous. */
function dayEndLevels(stockDays: StockDay[], days: string[]): number[] {
  const closing = new Map(stockDays.map((row) => [row.date, row.closing]))
  let level = stockDays[0].opening
  return days.map((day) => (level = closing.get(day) ?? level))
}

const sum = (rows: StockDay[], field: "sold" | "lost" | "corrections") => rows.reduce((total, row) => total + row[field], 0)

/**
 * Turnover of every item that moved in the range, from its movements summed per location and day (`stockDays`, the
 * ledger's listStockDays, in date order): sold = −Σ SALE, lost = −Σ LOSS, corrections = Σ CORRECTION, average stock =
 * mean of the day-end levels over `days` (summed over locations; before an item's first movement its opening level
 * counts), turnover = sold / average stock, loss share = lost / (sold + lost).
 */
export function inventoryTurnover(stockDays: StockDay[], days: string[]): ItemTurnover[] {
  const byItem = new Map<string, StockDay[]>()
  for (const row of stockDays) {
    const rows = byItem.get(row.inventory_item_id) ?? []
    rows.push(row)
    byItem.set(row.inventory_item_id, rows)
  }
  return [...byItem.keys()].sort().map((itemId) => {
    const rows = byItem.get(itemId)!.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    const locations = [...new Set(rows.map((row) => row.location_id))]
    const levels = locations.map((location) => dayEndLevels(rows.filter((row) => row.location_id === location), days))
    const daily = days.map((_, index) => levels.reduce((total, perLocation) => total + perLocation[index], 0))
    const average = Math.round((daily.reduce((total, level) => total + level, 0) / days.length) * 100) / 100
    const sold = sum(rows, "sold")
    const lost = sum(rows, "lost")
    return {
      inventory_item_id: itemId,
      sold,
      lost,
      corrections: sum(rows, "corrections"),
      opening_stock: locations.reduce((total, location) => total + rows.find((row) => row.location_id === location)!.opening, 0),
      closing_stock: daily[daily.length - 1],
      average_stock: average,
      turnover_ratio: ratio(sold, average),
      loss_share: ratio(lost, sold + lost),
    }
  })
}
