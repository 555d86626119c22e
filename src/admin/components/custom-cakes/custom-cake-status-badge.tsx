import { StatusBadge } from "@medusajs/ui"
import type { CustomCakeStatus } from "../../hooks/custom-cakes"
import { statusColor, statusLabel } from "./status"

export const CustomCakeStatusBadge = ({ status }: { status: CustomCakeStatus }) => (
  <StatusBadge color={statusColor(status)}>{statusLabel(status)}</StatusBadge>
)
