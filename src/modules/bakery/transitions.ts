export type ApplicationStatus = "pending" | "approved" | "rejected" | "withdrawn"
export type BakeryStatus = "active" | "suspended"

/** Every allowed status change; anything else is refused with 409 INVALID_STATUS_TRANSITION. */
export const APPLICATION_TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  pending: ["approved", "rejected", "withdrawn"],
  approved: [],
  rejected: [],
  withdrawn: [],
}

export const BAKERY_TRANSITIONS: Record<BakeryStatus, readonly BakeryStatus[]> = {
  active: ["suspended"],
  suspended: ["active"],
}
