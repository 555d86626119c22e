/** Stable codes in 4xx bodies of scheduling; README.md beside this file says when each is answered. */
export const SchedulingErrorCodes = {
  SLOT_FULL: "SLOT_FULL",
  SLOT_NOT_FOUND: "SLOT_NOT_FOUND",
  SHOP_CLOSED: "SHOP_CLOSED",
  DELIVERY_DISABLED: "DELIVERY_DISABLED",
  PICKUP_DISABLED: "PICKUP_DISABLED",
  LEAD_TIME: "LEAD_TIME",
} as const
