import { MedusaError } from "@medusajs/framework/utils"
import { ProductionAdminErrorCodes } from "./error-codes"

const DAY_MS = 24 * 3_600_000
export const DEFAULT_KPI_DAYS = 7
export const MAX_KPI_DAYS = 366
/** The promise to customers: a paid order is taken by the kitchen within 15 minutes. */
export const ACCEPT_TARGET_SECONDS = 15 * 60

export type KpiTicket = { seller_id: string; seconds_to_accept: number | null }

export type AcceptanceKpis = {
  tickets: number
  accepted: number
  median_seconds_to_accept: number | null
  p90_seconds_to_accept: number | null
  /** accepted within 15 minutes, of all tickets paid in the range (cancelled and still-new ones included) */
  accepted_within_15_min_share: number | null
}

/** The range asked for, or the last 7 days; refused when reversed or longer than 366 days. */
export function kpiWindow(query: { from?: Date; to?: Date }, now: Date): { from: Date; to: Date } {
  const to = query.to ?? now
  const from = query.from ?? new Date(to.getTime() - DEFAULT_KPI_DAYS * DAY_MS)
  if (from > to) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "from must not be after to; swap the dates.", ProductionAdminErrorCodes.INVALID_DATE_RANGE)
  }
  if (to.getTime() - from.getTime() > MAX_KPI_DAYS * DAY_MS) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The range is at most ${MAX_KPI_DAYS} days; ask for a shorter one.`,
      ProductionAdminErrorCodes.INVALID_DATE_RANGE
    )
  }
  return { from, to }
}

/**
 * Continuous percentile (as PostgreSQL's percentile_cont): interpolated between the two nearest ranks, to a tenth of
 * a second (which also drops float noise such as 1020.0000000000001).
 */
export function percentile(sorted: readonly number[], fraction: number): number | null {
  if (!sorted.length) return null
  const position = fraction * (sorted.length - 1)
  const below = Math.floor(position)
  return toTenth(sorted[below] + (sorted[Math.ceil(position)] - sorted[below]) * (position - below))
}

const toTenth = (seconds: number) => Math.round(seconds * 10) / 10

/** The same figures from the database's sums (staff-channel summarizeTicketWaits with ACCEPT_TARGET_SECONDS). */
export function acceptanceFromSums(sums: { tickets: number; accepted: number; median: number | null; p90: number | null; within_target: number }): AcceptanceKpis {
  return {
    tickets: sums.tickets,
    accepted: sums.accepted,
    median_seconds_to_accept: sums.median === null ? null : toTenth(Number(sums.median)),
    p90_seconds_to_accept: sums.p90 === null ? null : toTenth(Number(sums.p90)),
    accepted_within_15_min_share: sums.tickets ? sums.within_target / sums.tickets : null,
  }
}

export function acceptanceKpis(tickets: readonly KpiTicket[]): AcceptanceKpis {
  const waits = tickets.flatMap((ticket) => (ticket.seconds_to_accept === null ? [] : [ticket.seconds_to_accept])).sort((a, b) => a - b)
  const inTime = waits.filter((seconds) => seconds <= ACCEPT_TARGET_SECONDS).length
  return {
    tickets: tickets.length,
    accepted: waits.length,
    median_seconds_to_accept: percentile(waits, 0.5),
    p90_seconds_to_accept: percentile(waits, 0.9),
    accepted_within_15_min_share: tickets.length ? inTime / tickets.length : null,
  }
}

/** The figures over all tickets and per seller ("store" or a bakery id), sellers in id order. */
export function kpiReport(tickets: readonly KpiTicket[]) {
  const bySeller = new Map<string, KpiTicket[]>()
  for (const ticket of tickets) bySeller.set(ticket.seller_id, [...(bySeller.get(ticket.seller_id) ?? []), ticket])
  return {
    overall: acceptanceKpis(tickets),
    by_seller: [...bySeller.keys()].sort().map((seller_id) => ({ seller_id, ...acceptanceKpis(bySeller.get(seller_id)!) })),
  }
}
