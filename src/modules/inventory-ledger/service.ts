import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import CorrectionRequest from "./models/correction-request"
import StockMovement from "./models/stock-movement"
import StockThreshold from "./models/stock-threshold"
import type { CorrectionStatus, MovementReason } from "./movements"

type Execute = { execute(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> }
const managerOf = (sharedContext: Context) => (sharedContext as { transactionManager: Execute }).transactionManager
const readerOf = (sharedContext: Context) => (sharedContext as { manager: Execute }).manager

/** A report's window; `items` (when given) limits it to those inventory items. */
export type LedgerRange = { start: Date; end: Date; items?: string[] }

/** One item's movements at one location on one calendar day, summed (the inventory-turnover report's input). */
export type StockDay = {
  inventory_item_id: string
  location_id: string
  date: string
  sold: number
  lost: number
  corrections: number
  /** quantity_before of the day's first movement and quantity_after of its last. */
  opening: number
  closing: number
}

const itemsClause = (range: LedgerRange, column = `"inventory_item_id"`) => (range.items ? ` AND ${column} IN (?)` : "")
const itemsParams = (range: LedgerRange) => (range.items ? [range.items] : [])

export type SourcedMovement = {
  inventory_item_id: string
  location_id: string
  reason: MovementReason
  quantity: number
  quantity_before: number
  quantity_after: number
  note: string | null
  source_type: string
  source_id: string
}

class InventoryLedgerModuleService extends MedusaService({ StockMovement, CorrectionRequest, StockThreshold }) {
  /**
   * Movements caused by one of Medusa's events. The unique index on source, item and reason keeps the first of
   * redelivered (or simultaneous) events; returns the ids of the rows this call wrote.
   */
  @InjectTransactionManager()
  async recordSourcedMovements(rows: SourcedMovement[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const written: string[] = []
    for (const row of rows) {
      const inserted = await managerOf(sharedContext).execute(
        `INSERT INTO "stock_movement" ("id", "inventory_item_id", "location_id", "reason", "quantity", "quantity_before", "quantity_after",
           "actor_id", "actor_type", "note", "source_type", "source_id", "created_at", "updated_at")
         VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 'system', ?, ?, ?, now(), now())
         ON CONFLICT ("source_type", "source_id", "inventory_item_id", "reason") WHERE source_id IS NOT NULL AND deleted_at IS NULL DO NOTHING
         RETURNING "id"`,
        [generateEntityId(undefined, "stmv"), row.inventory_item_id, row.location_id, row.reason, row.quantity, row.quantity_before, row.quantity_after, row.note, row.source_type, row.source_id]
      )
      if (inserted[0]) written.push(String(inserted[0].id))
    }
    return written
  }

  /**
   * The range's write-offs (SALE and LOSS) and how many of them a CORRECTION of the same item followed within
   * `windowDays` (strictly after, at most windowDays × 24 h later). Counted by the database: a year holds ~10⁵
   * write-offs but few corrections, so each correction looks back over its item's week through the (item, time)
   * index instead of joining every write-off.
   */
  @InjectManager()
  async countWriteOffs(range: LedgerRange, windowDays: number, @MedusaContext() sharedContext: Context = {}): Promise<{ write_offs: number; corrected: number }> {
    if (range.items && !range.items.length) return { write_offs: 0, corrected: 0 }
    const [row] = await readerOf(sharedContext).execute(
      `SELECT
         (SELECT COUNT(*) FROM "stock_movement" WHERE "reason" IN ('SALE', 'LOSS') AND "created_at" >= ? AND "created_at" < ? AND "deleted_at" IS NULL${itemsClause(range)}) AS "write_offs",
         (SELECT COUNT(DISTINCT w."id") FROM "stock_movement" c CROSS JOIN LATERAL (
            SELECT w."id" FROM "stock_movement" w
            WHERE w."inventory_item_id" = c."inventory_item_id" AND w."reason" IN ('SALE', 'LOSS') AND w."deleted_at" IS NULL
              AND w."created_at" >= GREATEST(?::timestamptz, c."created_at" - ? * INTERVAL '1 day') AND w."created_at" < LEAST(?::timestamptz, c."created_at")
          ) w
          WHERE c."reason" = 'CORRECTION' AND c."deleted_at" IS NULL AND c."created_at" > ? AND c."created_at" < ?::timestamptz + ? * INTERVAL '1 day'${itemsClause(range, `c."inventory_item_id"`)}) AS "corrected"`,
      [range.start, range.end, ...itemsParams(range), range.start, windowDays, range.end, range.start, range.end, windowDays, ...itemsParams(range)]
    )
    return { write_offs: Number(row.write_offs), corrected: Number(row.corrected) }
  }

  /**
   * The range's movements summed per item, location and calendar day in `timeZone` (at most items × locations × days
   * rows, where a year holds ~10⁵ movements), with each day's first level before and last level after.
   */
  @InjectManager()
  async listStockDays(range: LedgerRange & { timeZone: string }, @MedusaContext() sharedContext: Context = {}): Promise<StockDay[]> {
    if (range.items && !range.items.length) return []
    const rows = await readerOf(sharedContext).execute(
      `SELECT "inventory_item_id", "location_id", to_char("created_at" AT TIME ZONE ?, 'YYYY-MM-DD') AS "date",
              COALESCE(SUM("quantity") FILTER (WHERE "reason" = 'SALE'), 0) AS "sale",
              COALESCE(SUM("quantity") FILTER (WHERE "reason" = 'LOSS'), 0) AS "loss",
              COALESCE(SUM("quantity") FILTER (WHERE "reason" = 'CORRECTION'), 0) AS "corrections",
              (ARRAY_AGG("quantity_before" ORDER BY "created_at", "id"))[1] AS "opening",
              (ARRAY_AGG("quantity_after" ORDER BY "created_at" DESC, "id" DESC))[1] AS "closing"
       FROM "stock_movement" WHERE "created_at" >= ? AND "created_at" < ? AND "deleted_at" IS NULL${itemsClause(range)}
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [range.timeZone, range.start, range.end, ...itemsParams(range)]
    )
    return rows.map((row) => ({
      inventory_item_id: String(row.inventory_item_id),
      location_id: String(row.location_id),
      date: String(row.date),
      // 0 − x rather than −x: a day without sales gives 0, not −0
      sold: 0 - Number(row.sale),
      lost: 0 - Number(row.loss),
      corrections: Number(row.corrections),
      opening: Number(row.opening),
      closing: Number(row.closing),
    }))
  }

  /** Marks the threshold crossed if it was not already: of simultaneous sales past it exactly one gets true (and alerts). */
  @InjectTransactionManager()
  async markBelowThreshold(id: string, @MedusaContext() sharedContext: Context = {}): Promise<Date | null> {
    const rows = await managerOf(sharedContext).execute(
      `UPDATE "stock_threshold" SET "below_since" = now(), "updated_at" = now() WHERE "id" = ? AND "below_since" IS NULL AND "deleted_at" IS NULL RETURNING "below_since"`,
      [id]
    )
    return rows[0] ? new Date(rows[0].below_since as string) : null
  }

  /** Stock is back at or above the line: the next crossing alerts again. */
  @InjectTransactionManager()
  async rearmThreshold(id: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const rows = await managerOf(sharedContext).execute(
      `UPDATE "stock_threshold" SET "below_since" = NULL, "updated_at" = now() WHERE "id" = ? AND "below_since" IS NOT NULL RETURNING "id"`,
      [id]
    )
    return rows.length === 1
  }

  /** Decides a pending correction; of simultaneous decisions exactly one gets true. */
  @InjectTransactionManager()
  async decideCorrection(id: string, status: Exclude<CorrectionStatus, "PENDING">, decidedBy: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const rows = await managerOf(sharedContext).execute(
      `UPDATE "correction_request" SET "status" = ?, "decided_by" = ?, "decided_at" = now(), "updated_at" = now()
       WHERE "id" = ? AND "status" = 'PENDING' AND "deleted_at" IS NULL RETURNING "id"`,
      [status, decidedBy, id]
    )
    return rows.length === 1
  }
}

export default InventoryLedgerModuleService
