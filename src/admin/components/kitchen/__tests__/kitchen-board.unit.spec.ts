import { TICKET_STATUSES } from "../../../../modules/staff-channel/transitions"
import type { KitchenTicket } from "../api"
import { columnsOf, placeTicket } from "../board-state"
import { formatDuration, formatShare, itemLine, slotText } from "../format"
import { actionLabel, BOARD_COLUMNS, FINISHED_STATUSES } from "../statuses"

const ticket = (id: string, status: KitchenTicket["status"], paidMinute: number): KitchenTicket => ({
  id,
  order_id: `order_${id}`,
  display_id: paidMinute,
  seller_id: "store",
  status,
  fulfillment: "DELIVERY",
  has_cake: false,
  paid_at: `2026-03-01T09:${String(paidMinute).padStart(2, "0")}:00.000Z`,
  accepted_at: null,
  seconds_to_accept: null,
  accepted_by_name: null,
  courier_name: null,
  cancel_reason: null,
  items: [],
  slot: null,
  cake_message: null,
  next_statuses: [],
  delivery_proofs: [],
})

describe("the kitchen board", () => {
  it("has a column or a finished place for every ticket status", () => {
    expect([...BOARD_COLUMNS, ...FINISHED_STATUSES].sort()).toEqual([...TICKET_STATUSES].sort())
  })

  it("lists each column's tickets oldest payment first", () => {
    const columns = columnsOf([ticket("c", "NEW", 30), ticket("b", "READY", 20), ticket("a", "NEW", 10)])
    expect(columns.map(({ status, tickets }) => [status, tickets.map(({ id }) => id)])).toEqual([
      ["NEW", ["a", "c"]],
      ["ACCEPTED", []],
      ["PREPARING", []],
      ["READY", ["b"]],
      ["OUT_FOR_DELIVERY", []],
    ])
  })

  it("moves a changed ticket between columns, to the finished list when it ends, and adds one it did not know", () => {
    const board = { active: [ticket("b", "NEW", 20), ticket("a", "NEW", 10)], finished: [ticket("z", "DELIVERED", 1)] }
    const accepted = placeTicket(board, ticket("a", "ACCEPTED", 10))
    expect(accepted.active.map(({ id, status }) => `${id}:${status}`)).toEqual(["b:NEW", "a:ACCEPTED"])
    const cancelled = placeTicket(accepted, ticket("b", "CANCELLED", 20))
    expect(cancelled.active.map(({ id }) => id)).toEqual(["a"])
    expect(cancelled.finished.map(({ id }) => id)).toEqual(["b", "z"])
    expect(placeTicket(cancelled, ticket("n", "NEW", 40)).active.map(({ id }) => id)).toEqual(["n", "a"])
  })

  it("keeps only the latest 20 finished tickets", () => {
    const finished = Array.from({ length: 20 }, (_, minute) => ticket(`f${minute}`, "PICKED_UP", minute))
    const placed = placeTicket({ active: [], finished }, ticket("late", "DELIVERED", 59))
    expect(placed.finished).toHaveLength(20)
    expect(placed.finished[0].id).toBe("late")
    expect(placed.finished.map(({ id }) => id)).not.toContain("f0")
  })

  it("names the buttons by what they do", () => {
    expect(["ACCEPTED", "PREPARING", "READY", "OUT_FOR_DELIVERY", "DELIVERED", "PICKED_UP", "CANCELLED"].map((to) => actionLabel(to as KitchenTicket["status"]))).toEqual([
      "Accept",
      "Start preparing",
      "Mark ready",
      "Send out",
      "Mark delivered",
      "Mark picked up",
      "Cancel",
    ])
  })

  it("writes durations, shares, items and slots for people", () => {
    expect([null, 45, 60, 270, 3599.6, 3900].map(formatDuration)).toEqual(["-", "45 s", "1 min", "4 min 30 s", "1 h", "1 h 5 min"])
    expect([null, 0.6667, 1].map(formatShare)).toEqual(["-", "67%", "100%"])
    expect(itemLine({ title: "Napoleon", variant_title: "16 cm", quantity: 2 })).toBe("2 × Napoleon (16 cm)")
    expect(itemLine({ title: "Non", variant_title: null, quantity: 1 })).toBe("1 × Non")
    expect(slotText({ date: "2026-03-01", time: "10:00–12:00" })).toBe("2026-03-01, 10:00–12:00")
    expect(slotText({ date: "2026-03-01", time: null })).toBe("2026-03-01")
    expect(slotText(null)).toBeNull()
  })
})
