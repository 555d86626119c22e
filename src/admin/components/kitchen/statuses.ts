import type { TicketStatus } from "../../../modules/staff-channel/transitions"

type Color = "green" | "red" | "orange" | "blue" | "purple" | "grey"

// Orange marks where the kitchen has the next move, as in the custom-cake queue.
const STATUSES: Record<TicketStatus, { label: string; color: Color; action: string }> = {
  NEW: { label: "New", color: "orange", action: "New" },
  ACCEPTED: { label: "Accepted", color: "blue", action: "Accept" },
  PREPARING: { label: "Preparing", color: "purple", action: "Start preparing" },
  READY: { label: "Ready", color: "orange", action: "Mark ready" },
  OUT_FOR_DELIVERY: { label: "Out for delivery", color: "blue", action: "Send out" },
  DELIVERED: { label: "Delivered", color: "green", action: "Mark delivered" },
  PICKED_UP: { label: "Picked up", color: "green", action: "Mark picked up" },
  CANCELLED: { label: "Cancelled", color: "grey", action: "Cancel" },
}

/** The board's columns, in the order a ticket moves through them. */
export const BOARD_COLUMNS = ["NEW", "ACCEPTED", "PREPARING", "READY", "OUT_FOR_DELIVERY"] as const satisfies readonly TicketStatus[]
/** Finished tickets: shown collapsed under the board. */
/** How many finished tickets the board keeps below the columns. */
export const FINISHED_SHOWN = 20

export const FINISHED_STATUSES = ["DELIVERED", "PICKED_UP", "CANCELLED"] as const satisfies readonly TicketStatus[]

export const statusLabel = (status: TicketStatus) => STATUSES[status].label
export const statusColor = (status: TicketStatus) => STATUSES[status].color
/** The button that moves a ticket to `status`. */
export const actionLabel = (status: TicketStatus) => STATUSES[status].action
export const isFinished = (status: TicketStatus) => (FINISHED_STATUSES as readonly TicketStatus[]).includes(status)
