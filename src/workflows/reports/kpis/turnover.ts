import { dayOf } from "../../../modules/reports/days"
import { ratio } from "./ratio"

export type LedgerMovement = {
  inventory_item_id: string
  location_id: string
  reason: string
  quantity: number
  quantity_before: number
  quantity_after: number
  created_at: Date
}

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

/** The stocked quantity of one location at the end of each day: its last movement's quantity_after, else the opening. */
function dayEndLevels(movements: LedgerMovement[], days: string[], tz: string): number[] {
  let level = movements[0].quantity_before
  let next = 0
  return days.map((day) => {
    while (next < movements.length && dayOf(movements[next].created_at, tz) <= day) level = movements[next++].quantity_after
    return level
  })
}

const sum = (rows: LedgerMovement[], reason: string) => rows.filter((row) => row.reason === reason).reduce((total, row) => total + row.quantity, 0)

/**
 * Turnover of every item that moved in the range (`movements` are the range's, any order): sold = −Σ SALE, lost =
 * −Σ LOSS, corrections = Σ CORRECTION, average stock = mean of the day-end levels over `days` (summed over locations,
 * rebuilt from the movements; before an item's first movement its opening level counts), turnover = sold / average
 * stock, loss share = lost / (sold + lost).
 */
export function inventoryTurnover(movements: LedgerMovement[], days: string[], tz: string): ItemTurnover[] {
  const byItem = new Map<string, LedgerMovement[]>()
  const ordered = [...movements].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  for (const row of ordered) byItem.set(row.inventory_item_id, [...(byItem.get(row.inventory_item_id) ?? []), row])
  return [...byItem.keys()].sort().map((itemId) => {
    const rows = byItem.get(itemId)!
    const locations = [...new Set(rows.map((row) => row.location_id))]
    const levels = locations.map((location) => dayEndLevels(rows.filter((row) => row.location_id === location), days, tz))
    const daily = days.map((_, index) => levels.reduce((total, perLocation) => total + perLocation[index], 0))
    const average = Math.round((daily.reduce((total, level) => total + level, 0) / days.length) * 100) / 100
    const sold = 0 - sum(rows, "SALE")
    const lost = 0 - sum(rows, "LOSS")
    return {
      inventory_item_id: itemId,
      sold,
      lost,
      corrections: sum(rows, "CORRECTION"),
      opening_stock: locations.reduce((total, location) => total + rows.find((row) => row.location_id === location)!.quantity_before, 0),
      closing_stock: daily[daily.length - 1],
      average_stock: average,
      turnover_ratio: ratio(sold, average),
      loss_share: ratio(lost, sold + lost),
    }
  })
}
