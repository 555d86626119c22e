import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import ChannelPost from "./models/channel-post"
import DeliveryProof from "./models/delivery-proof"
import ProductionTicket from "./models/production-ticket"
import StaffChat from "./models/staff-chat"
import TicketChange from "./models/ticket-change"
import type { TicketStatus } from "./transitions"

/** The ticket columns a conditional move may set. */
export type TicketPatch = Partial<{
  status: TicketStatus
  accepted_at: Date | null
  seconds_to_accept: number | null
  accepted_by_id: string | null
  accepted_by_name: string | null
  courier_id: string | null
  courier_name: string | null
  cancel_reason: string | null
  fulfillment_id: string | null
  reminded_at: Date
}>

/** What the ticket must still be for a move to land: its status, and for a courier claim or a reminder, none yet. */
export type TicketExpectation = { status: TicketStatus | readonly TicketStatus[]; courier_id?: null; reminded_at?: null }

const PATCHABLE = new Set<keyof TicketPatch>(["status", "accepted_at", "seconds_to_accept", "accepted_by_id", "accepted_by_name", "courier_id", "courier_name", "cancel_reason", "fulfillment_id", "reminded_at"])

/** Tickets paid in a range and their waits to be accepted (seconds), as the database sums them. */
export type TicketWaits = { tickets: number; accepted: number; median: number | null; p90: number | null; within_target: number }

class StaffChannelModuleService extends MedusaService({ StaffChat, ProductionTicket, TicketChange, ChannelPost, DeliveryProof }) {
  /**
   * Applies `patch` only when the ticket is still as `expected`, in one `UPDATE … WHERE … RETURNING`: PostgreSQL
   * re-checks the condition after a concurrent update commits, so of any number of simultaneous moves exactly one
   * lands. Returns whether this one did.
   */
  @InjectTransactionManager()
  async moveTicketIf(id: string, expected: TicketExpectation, patch: TicketPatch, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const columns = (Object.keys(patch) as (keyof TicketPatch)[]).filter((column) => PATCHABLE.has(column))
    const statuses = ([] as TicketStatus[]).concat(expected.status as TicketStatus[])
    const sql = [
      `UPDATE "production_ticket" SET ${[...columns.map((column) => `"${column}" = ?`), `"updated_at" = now()`].join(", ")}`,
      `WHERE "id" = ? AND "deleted_at" IS NULL AND "status" IN (${statuses.map(() => "?").join(", ")})`,
      expected.courier_id === null ? `AND "courier_id" IS NULL` : "",
      expected.reminded_at === null ? `AND "reminded_at" IS NULL` : "",
      `RETURNING "id"`,
    ].join(" ")
    const manager = (sharedContext as { transactionManager: { execute(sql: string, params: unknown[]): Promise<unknown[]> } }).transactionManager
    const rows = await manager.execute(sql, [...columns.map((column) => patch[column] ?? null), id, ...statuses])
    return rows.length === 1
  }

  /**
   * NEW → ACCEPTED for `by`, in one statement (the same race rule as moveTicketIf) that also stamps the time from
   * payment; a press that lost learns it from the empty answer without a read first. Returns the order id, or null.
   */
  @InjectTransactionManager()
  async acceptTicketIfNew(id: string, by: { id: string | null; name: string | null }, @MedusaContext() sharedContext: Context = {}): Promise<string | null> {
    const manager = (sharedContext as { transactionManager: { execute(sql: string, params: unknown[]): Promise<{ order_id: string }[]> } }).transactionManager
    const rows = await manager.execute(
      `UPDATE "production_ticket" SET "status" = 'ACCEPTED', "accepted_at" = now(), "accepted_by_id" = ?, "accepted_by_name" = ?,
        "seconds_to_accept" = GREATEST(0, ROUND(EXTRACT(EPOCH FROM now() - "paid_at")))::integer, "updated_at" = now()
       WHERE "id" = ? AND "status" = 'NEW' AND "deleted_at" IS NULL RETURNING "order_id"`,
      [by.id, by.name, id]
    )
    return rows[0]?.order_id ?? null
  }

  /**
   * The waits of the tickets paid in [start, end) (one seller's, when given), summed up by the database: how many,
   * how many were accepted, the median and 90th percentile wait (percentile_cont, over accepted tickets) and how many
   * were accepted within `targetSeconds`. A year holds one ticket per paid order; only these figures are needed.
   */
  @InjectManager()
  async summarizeTicketWaits(
    range: { start: Date; end: Date; seller_id?: string },
    targetSeconds: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TicketWaits> {
    const manager = (sharedContext as { manager: { execute(sql: string, params: unknown[]): Promise<TicketWaits[]> } }).manager
    const [row] = await manager.execute(
      `SELECT COUNT(*)::int AS "tickets", COUNT("seconds_to_accept")::int AS "accepted",
          percentile_cont(0.5) WITHIN GROUP (ORDER BY "seconds_to_accept") AS "median",
          percentile_cont(0.9) WITHIN GROUP (ORDER BY "seconds_to_accept") AS "p90",
          (COUNT(*) FILTER (WHERE "seconds_to_accept" <= ?))::int AS "within_target"
        FROM "production_ticket" WHERE "paid_at" >= ? AND "paid_at" < ? AND "deleted_at" IS NULL${range.seller_id ? ` AND "seller_id" = ?` : ""}`,
      [targetSeconds, range.start, range.end, ...(range.seller_id ? [range.seller_id] : [])]
    )
    return row
  }
}

export default StaffChannelModuleService
