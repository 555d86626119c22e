import { weekdayOf } from "../../../modules/scheduling/slots"
import { ratio } from "./ratio"

/** A write-off counts as corrected when a CORRECTION of the same item follows it within this many days. */
export const CORRECTION_WINDOW_DAYS = 7

/**
 * Share of the range's write-offs (SALE and LOSS movements) that no CORRECTION of the same item followed within
 * 7 days, from the ledger's counts (countWriteOffs with CORRECTION_WINDOW_DAYS).
 */
export function writeOffAccuracy({ write_offs, corrected }: { write_offs: number; corrected: number }) {
  return { write_offs, corrected_within_7_days: corrected, share_without_correction: ratio(write_offs - corrected, write_offs) }
}

/**
 * Per gateway: attempts that ended, and the share of them that ended without money taken, from the attempts counted
 * per state (gateway countAttemptStates). Payme: performed (2) or refunded after perform (−2) succeeded, cancelled
 * before perform (−1) failed, still created (1) not counted. Click: COMPLETED succeeded, CANCELLED or REVERSED
 * failed, still PREPARED not counted.
 */
export function gatewayFailureRates(payme: { state: number; count: number }[], click: { status: string; count: number }[]) {
  const total = <Row extends { count: number }>(rows: Row[], counted: (row: Row) => boolean) => rows.filter(counted).reduce((sum, row) => sum + row.count, 0)
  const rate = (succeeded: number, failed: number) => ({ attempts: succeeded + failed, succeeded, failed, failure_rate: ratio(failed, succeeded + failed) })
  return [
    { gateway: "payme", ...rate(total(payme, (row) => row.state === 2 || row.state === -2), total(payme, (row) => row.state === -1)) },
    { gateway: "click", ...rate(total(click, (row) => row.status === "COMPLETED"), total(click, (row) => row.status === "CANCELLED" || row.status === "REVERSED")) },
  ]
}

const APPROVED_OR_LATER = ["APPROVED_AWAITING_PAYMENT", "PAID", "IN_PRODUCTION", "READY", "COMPLETED", "EXPIRED", "CANCELLED"]
const PAID_OR_LATER = ["PAID", "IN_PRODUCTION", "READY", "COMPLETED"]

/**
 * Custom cakes submitted in the range and how far they got (by their status now; the transitions make "approved"
 * every status after approval, "paid" every status after payment), with the rejections' reasons, most frequent first.
 * Takes the requests counted per status and reason (custom-cake countRequestsByStatus).
 */
export function customCakeFunnel(counts: { status: string; rejection_reason: string | null; count: number }[]) {
  const countOf = (statuses: string[]) => counts.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + row.count, 0)
  const submitted = counts.reduce((sum, row) => sum + row.count, 0)
  const approved = countOf(APPROVED_OR_LATER)
  const paid = countOf(PAID_OR_LATER)
  const reasons = new Map<string, number>()
  for (const row of counts.filter((count) => count.status === "REJECTED")) {
    const reason = row.rejection_reason ?? ""
    reasons.set(reason, (reasons.get(reason) ?? 0) + row.count)
  }
  return {
    submitted,
    approved,
    paid,
    rejected: countOf(["REJECTED"]),
    approval_rate: ratio(approved, submitted),
    payment_rate: ratio(paid, approved),
    rejection_reasons: [...reasons.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([reason, count]) => ({ reason, count })),
  }
}

type Template = { seller_id: string; weekday: number; capacity_orders: number }

/**
 * Orders booked against the orders the slots offered on the range's open days: capacity from today's weekly
 * templates (the templates keep no history), less each seller's closed dates; `bookedOrders` is what was booked in
 * those same slots (scheduling sumBookedOrdersOfOpenSlots).
 */
export function slotUtilisation(templates: Template[], bookedOrders: number, closures: { seller_id: string; date: string }[], days: string[]) {
  const closed = new Set(closures.map((row) => `${row.seller_id} ${row.date}`))
  let capacity = 0
  for (const day of days) {
    for (const template of templates.filter((row) => row.weekday === weekdayOf(day) && !closed.has(`${row.seller_id} ${day}`))) capacity += template.capacity_orders
  }
  return { capacity_orders: capacity, booked_orders: bookedOrders, utilisation: ratio(bookedOrders, capacity) }
}
