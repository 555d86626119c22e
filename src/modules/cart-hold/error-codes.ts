/** Stable codes in 4xx bodies of cart holds; README.md beside this file says when each is answered. */
export const CartHoldErrorCodes = {
  STOCK_HELD: "STOCK_HELD",
  HOLD_EXPIRED: "HOLD_EXPIRED",
  LIMIT_PER_ORDER: "LIMIT_PER_ORDER",
} as const
