export const CUSTOM_CAKE_STATUSES = [
  "PENDING_REVIEW",
  "APPROVED_AWAITING_PAYMENT",
  "PAID",
  "IN_PRODUCTION",
  "READY",
  "COMPLETED",
  "REJECTED",
  "EXPIRED",
  "CANCELLED",
] as const
export type CustomCakeStatus = (typeof CUSTOM_CAKE_STATUSES)[number]

/** Every allowed status change; anything else is refused with 409 INVALID_STATUS_TRANSITION. */
export const CUSTOM_CAKE_TRANSITIONS: Record<CustomCakeStatus, readonly CustomCakeStatus[]> = {
  PENDING_REVIEW: ["APPROVED_AWAITING_PAYMENT", "REJECTED"],
  APPROVED_AWAITING_PAYMENT: ["PAID", "EXPIRED", "CANCELLED"],
  PAID: ["IN_PRODUCTION"],
  IN_PRODUCTION: ["READY"],
  READY: ["COMPLETED"],
  COMPLETED: [],
  REJECTED: [],
  EXPIRED: [],
  CANCELLED: [],
}

/** The steps staff or the bakery's bakers move a paid cake through. */
export const PRODUCTION_STATUSES = ["IN_PRODUCTION", "READY", "COMPLETED"] as const satisfies readonly CustomCakeStatus[]
export type ProductionStatus = (typeof PRODUCTION_STATUSES)[number]

export const ACTOR_TYPES = ["customer", "user", "baker", "system"] as const
export type CustomCakeActor = { type: (typeof ACTOR_TYPES)[number]; id: string | null }
