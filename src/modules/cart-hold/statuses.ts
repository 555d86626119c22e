/** A hold's life: HELD until it expires, is released (the line left the cart) or becomes the order's (CONVERTED). */
export const STOCK_HOLD_STATUSES = ["HELD", "RELEASED", "EXPIRED", "CONVERTED"] as const

export type StockHoldStatus = (typeof STOCK_HOLD_STATUSES)[number]
