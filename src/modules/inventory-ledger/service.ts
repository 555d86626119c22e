import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import CorrectionRequest from "./models/correction-request"
import StockMovement from "./models/stock-movement"
import StockThreshold from "./models/stock-threshold"
import type { CorrectionStatus, MovementReason } from "./movements"

type Execute = { execute(sql: string, params: unknown[]): Promise<Record<string, unknown>[]> }
const managerOf = (sharedContext: Context) => (sharedContext as { transactionManager: Execute }).transactionManager

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
