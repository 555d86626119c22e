import type { StockDay } from "../service"

/** One item's movements at one location on one day, summed as the ledger's listStockDays answers them. */
export const stockDay = (item: string, date: string, opening: number, closing: number, sums: Partial<Pick<StockDay, "sold" | "lost" | "corrections">> = {}, location = "loc_1"): StockDay => ({
  inventory_item_id: item,
  location_id: location,
  date,
  sold: 0,
  lost: 0,
  corrections: 0,
  ...sums,
  opening,
  closing,
})
