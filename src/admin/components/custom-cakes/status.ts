import type { CustomCakeStatus, ProductionStatus } from "../../hooks/custom-cakes"

type Color = "green" | "red" | "orange" | "blue" | "purple" | "grey"

// Orange marks the statuses where staff have the next move, so the queue shows what needs a hand.
const STATUSES: Record<CustomCakeStatus, { label: string; color: Color }> = {
  PENDING_REVIEW: { label: "Pending review", color: "orange" },
  APPROVED_AWAITING_PAYMENT: { label: "Awaiting payment", color: "blue" },
  PAID: { label: "Paid", color: "orange" },
  IN_PRODUCTION: { label: "In production", color: "purple" },
  READY: { label: "Ready", color: "orange" },
  COMPLETED: { label: "Completed", color: "green" },
  REJECTED: { label: "Rejected", color: "red" },
  EXPIRED: { label: "Expired", color: "grey" },
  CANCELLED: { label: "Cancelled", color: "grey" },
}

export const statusLabel = (status: CustomCakeStatus) => STATUSES[status].label
export const statusColor = (status: CustomCakeStatus) => STATUSES[status].color

/** The list filter's "every status" choice; the API has no such value, so it is sent as no filter. */
export const ALL_STATUSES = "ALL"
export type StatusFilter = CustomCakeStatus | typeof ALL_STATUSES

export const STATUS_FILTER_OPTIONS = [
  { value: ALL_STATUSES, label: "All" },
  ...Object.entries(STATUSES).map(([value, { label }]) => ({ value, label })),
]

export const statusOfFilter = (filter: StatusFilter | undefined): CustomCakeStatus | undefined =>
  filter === ALL_STATUSES ? undefined : filter

export type ProductionStep = { to: ProductionStatus; label: string }

const PRODUCTION_STEPS: Partial<Record<CustomCakeStatus, ProductionStep>> = {
  PAID: { to: "IN_PRODUCTION", label: "Start production" },
  IN_PRODUCTION: { to: "READY", label: "Mark ready" },
  READY: { to: "COMPLETED", label: "Complete" },
}

/** What staff may do from a status: review a new request, or move a paid cake one production step on. */
export const actionsFor = (status: CustomCakeStatus): { review: boolean; production: ProductionStep | null } => ({
  review: status === "PENDING_REVIEW",
  production: PRODUCTION_STEPS[status] ?? null,
})
