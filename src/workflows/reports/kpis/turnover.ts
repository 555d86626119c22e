import type { LocationStock } from "../../../modules/inventory-ledger/service"
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

const sum = (rows: LocationStock[], field: Exclude<keyof LocationStock, "inventory_item_id" | "location_id">) => rows.reduce((total, row) => total + row[field], 0)

/**
 * Turnover of every item that moved in the range, from its movements folded per location (`stocks`, the ledger's
 * foldStockByLocation) over `dayCount` days: sold = −Σ SALE, lost = −Σ LOSS, corrections = Σ CORRECTION, average
 * stock = mean of the day-end levels over the range's days (summed over locations; before an item's first movement
 * its opening level counts), turnover = sold / average stock, loss share = lost / (sold + lost).
 */
export function inventoryTurnover(stocks: LocationStock[], dayCount: number): ItemTurnover[] {
  const byItem = new Map<string, LocationStock[]>()
  for (const row of stocks) byItem.set(row.inventory_item_id, [...(byItem.get(row.inventory_item_id) ?? []), row])
  return [...byItem.keys()].sort().map((itemId) => {
    const rows = byItem.get(itemId)!
    const average = Math.round((sum(rows, "level_days") / dayCount) * 100) / 100
    const sold = sum(rows, "sold")
    const lost = sum(rows, "lost")
    return {
      inventory_item_id: itemId,
      sold,
      lost,
      corrections: sum(rows, "corrections"),
      opening_stock: sum(rows, "opening"),
      closing_stock: sum(rows, "closing"),
      average_stock: average,
      turnover_ratio: ratio(sold, average),
      loss_share: ratio(lost, sold + lost),
    }
  })
}
