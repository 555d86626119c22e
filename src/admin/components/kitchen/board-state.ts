import type { KitchenTicket, TicketStatus } from "./api"
import { BOARD_COLUMNS, FINISHED_SHOWN, isFinished } from "./statuses"

export type KitchenBoard = { active: KitchenTicket[]; finished: KitchenTicket[] }

const newestPaidFirst = (a: KitchenTicket, b: KitchenTicket) => b.paid_at.localeCompare(a.paid_at)

/** The board after a ticket changed (from the stream): it leaves its old place and lands in the active or finished list. */
export function placeTicket(board: KitchenBoard, ticket: KitchenTicket): KitchenBoard {
  const without = (tickets: KitchenTicket[]) => tickets.filter((known) => known.id !== ticket.id)
  if (isFinished(ticket.status)) {
    return { active: without(board.active), finished: [ticket, ...without(board.finished)].sort(newestPaidFirst).slice(0, FINISHED_SHOWN) }
  }
  return { active: [...without(board.active), ticket].sort(newestPaidFirst), finished: without(board.finished) }
}

/** The open tickets per column, the oldest payment first: that order has waited longest. */
export function columnsOf(active: KitchenTicket[]): { status: TicketStatus; tickets: KitchenTicket[] }[] {
  return BOARD_COLUMNS.map((status) => ({
    status,
    tickets: active.filter((ticket) => ticket.status === status).sort((a, b) => newestPaidFirst(b, a)),
  }))
}
