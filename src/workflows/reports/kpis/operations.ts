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
 * Per gateway: attempts that ended, and the share of them that ended without money taken. Payme: performed (2) or
 * refunded after perform (−2) succeeded, cancelled before perform (−1) failed, still created (1) not counted. Click:
 * COMPLETED succeeded, CANCELLED or REVERSED failed, still PREPARED not counted.
 */
export function gatewayFailureRates(payme: { state: number }[], click: { status: string }[]) {
  const rate = (succeeded: number, failed: number) => ({ attempts: succeeded + failed, succeeded, failed, failure_rate: ratio(failed, succeeded + failed) })
  return [
    { gateway: "payme", ...rate(payme.filter((row) => row.state === 2 || row.state === -2).length, payme.filter((row) => row.state === -1).length) },
    {
      gateway: "click",
      ...rate(click.filter((row) => row.status === "COMPLETED").length, click.filter((row) => row.status === "CANCELLED" || row.status === "REVERSED").length),
    },
  ]
}

const APPROVED_OR_LATER = ["APPROVED_AWAITING_PAYMENT", "PAID", "IN_PRODUCTION", "READY", "COMPLETED", "EXPIRED", "CANCELLED"]
const PAID_OR_LATER = ["PAID", "IN_PRODUCTION", "READY", "COMPLETED"]

/**
 * Custom cakes submitted in the range and how far they got (by their status now; the transitions make "approved"
 * every status after approval, "paid" every status after payment), with the rejections' reasons, most frequent first.
 */
export function customCakeFunnel(requests: { status: string; rejection_reason: string | null }[]) {
  const approved = requests.filter((row) => APPROVED_OR_LATER.includes(row.status)).length
  const paid = requests.filter((row) => PAID_OR_LATER.includes(row.status)).length
  const reasons = new Map<string, number>()
  for (const row of requests.filter((request) => request.status === "REJECTED")) {
    const reason = row.rejection_reason ?? ""
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
  }
  return {
    submitted: requests.length,
    approved,
    paid,
    rejected: requests.filter((row) => row.status === "REJECTED").length,
    approval_rate: ratio(approved, requests.length),
    payment_rate: ratio(paid, approved),
    rejection_reasons: [...reasons.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([reason, count]) => ({ reason, count })),
  }
}

type Template = { seller_id: string; type: string; weekday: number; starts_at: string; capacity_orders: number }
type Usage = { seller_id: string; type: string; date: string; starts_at: string; booked_orders: number }

/**
 * Orders booked against the orders the slots offered on the range's open days: capacity from today's weekly
 * templates (the templates keep no history), less each seller's closed dates.
 */
export function slotUtilisation(templates: Template[], usage: Usage[], closures: { seller_id: string; date: string }[], days: string[]) {
  const closed = new Set(closures.map((row) => `${row.seller_id} ${row.date}`))
  const booked = new Map(usage.map((row) => [`${row.seller_id} ${row.type} ${row.date} ${row.starts_at}`, row.booked_orders]))
  let capacity = 0
  let taken = 0
  for (const day of days) {
    for (const template of templates.filter((row) => row.weekday === weekdayOf(day) && !closed.has(`${row.seller_id} ${day}`))) {
      capacity += template.capacity_orders
      taken += booked.get(`${template.seller_id} ${template.type} ${day} ${template.starts_at}`) ?? 0
    }
  }
  return { capacity_orders: capacity, booked_orders: taken, utilisation: ratio(taken, capacity) }
}
