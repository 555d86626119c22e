import { StatusBadge } from "@medusajs/ui"
import type { ApplicationStatus, BakeryStatus } from "../lib/types"

type Color = "green" | "red" | "orange" | "grey"

const BAKERY: Record<BakeryStatus, { label: string; color: Color }> = {
  active: { label: "Active", color: "green" },
  suspended: { label: "Suspended", color: "red" },
}

const APPLICATION: Record<ApplicationStatus, { label: string; color: Color }> = {
  pending: { label: "Pending", color: "orange" },
  approved: { label: "Approved", color: "green" },
  rejected: { label: "Rejected", color: "red" },
  withdrawn: { label: "Withdrawn", color: "grey" },
}

export const BAKERY_STATUS_OPTIONS = Object.entries(BAKERY).map(([value, { label }]) => ({ value, label }))
export const APPLICATION_STATUS_OPTIONS = Object.entries(APPLICATION).map(([value, { label }]) => ({ value, label }))

export const BakeryStatusBadge = ({ status }: { status: BakeryStatus }) => (
  <StatusBadge color={BAKERY[status].color}>{BAKERY[status].label}</StatusBadge>
)

export const ApplicationStatusBadge = ({ status }: { status: ApplicationStatus }) => (
  <StatusBadge color={APPLICATION[status].color}>{APPLICATION[status].label}</StatusBadge>
)
