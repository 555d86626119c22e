import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import ClickTransaction from "./models/click-transaction"
import GatewayCall from "./models/gateway-call"
import PaymeTransaction from "./models/payme-transaction"

type Execute = { execute(sql: string, params: unknown[]): Promise<Record<string, any>[]> }

/** Attempts counted per Payme state or Click status. */
export type AttemptCounts = { payme: { state: number; count: number }[]; click: { status: string; count: number }[] }
/** Attempts as rows, with the payment collection to attribute them by. */
export type CollectionAttempts = { payme: { payment_collection_id: string; state: number }[]; click: { payment_collection_id: string; status: string }[] }

const ATTEMPT_TABLES = {
  payme: { table: "payme_transaction", outcome: "state", created: "create_time" },
  click: { table: "click_transaction", outcome: "status", created: "prepared_at" },
} as const

class GatewayModuleService extends MedusaService({ PaymeTransaction, ClickTransaction, GatewayCall }) {
  /**
   * The attempts created in [start, end) (Payme `create_time`, Click `prepared_at`) counted per state by the
   * database: a year holds tens of thousands. With `seller`, only those recorded with that seller, and apart in
   * `without_seller`, as rows, those recorded without one (written before attempts carried it, or whose cart told
   * none) for the caller to attribute.
   */
  @InjectManager()
  async countAttemptStates(
    range: { start: Date; end: Date },
    seller?: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AttemptCounts & { without_seller: CollectionAttempts }> {
    const manager = (sharedContext as { manager: Execute }).manager
    const count = ({ table, outcome, created }: (typeof ATTEMPT_TABLES)[keyof typeof ATTEMPT_TABLES]) =>
      manager.execute(
        `SELECT "${outcome}", COUNT(*)::int AS "count" FROM "${table}" WHERE "${created}" >= ? AND "${created}" < ?${seller === undefined ? "" : ` AND "seller_id" = ?`} AND "deleted_at" IS NULL GROUP BY 1`,
        [range.start, range.end, ...(seller === undefined ? [] : [seller])]
      )
    const withoutSeller = ({ table, outcome, created }: (typeof ATTEMPT_TABLES)[keyof typeof ATTEMPT_TABLES]) =>
      seller === undefined
        ? Promise.resolve([])
        : manager.execute(`SELECT "payment_collection_id", "${outcome}" FROM "${table}" WHERE "${created}" >= ? AND "${created}" < ? AND "seller_id" IS NULL AND "deleted_at" IS NULL`, [range.start, range.end])
    const [payme, click, paymeWithout, clickWithout] = await Promise.all([
      count(ATTEMPT_TABLES.payme),
      count(ATTEMPT_TABLES.click),
      withoutSeller(ATTEMPT_TABLES.payme),
      withoutSeller(ATTEMPT_TABLES.click),
    ])
    return { payme, click, without_seller: { payme: paymeWithout, click: clickWithout } } as AttemptCounts & { without_seller: CollectionAttempts }
  }

  /** Up to `limit` payment collections, in id order after `after`, of which an attempt carries no seller. */
  @InjectManager()
  async listCollectionsWithoutSeller(after: string, limit: number, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = (sharedContext as { manager: Execute }).manager
    const rows = await manager.execute(
      `SELECT "payment_collection_id" FROM "payme_transaction" WHERE "seller_id" IS NULL AND "deleted_at" IS NULL AND "payment_collection_id" > ?
       UNION SELECT "payment_collection_id" FROM "click_transaction" WHERE "seller_id" IS NULL AND "deleted_at" IS NULL AND "payment_collection_id" > ?
       ORDER BY 1 LIMIT ?`,
      [after, after, limit]
    )
    return rows.map((row) => row.payment_collection_id as string)
  }

  /** Records the seller of each payment collection on its attempts that carry none; returns how many were set. */
  @InjectTransactionManager()
  async recordAttemptSellers(sellerOfCollection: Map<string, string>, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    if (!sellerOfCollection.size) return 0
    const manager = (sharedContext as { transactionManager: Execute }).transactionManager
    const given = JSON.stringify([...sellerOfCollection].map(([payment_collection_id, seller_id]) => ({ payment_collection_id, seller_id })))
    let updated = 0
    for (const table of ["payme_transaction", "click_transaction"]) {
      const rows = await manager.execute(
        `UPDATE "${table}" AS "attempt" SET "seller_id" = "given"."seller_id"
         FROM jsonb_to_recordset(?::jsonb) AS "given" ("payment_collection_id" text, "seller_id" text)
         WHERE "attempt"."payment_collection_id" = "given"."payment_collection_id" AND "attempt"."seller_id" IS NULL
         RETURNING 1`,
        [given]
      )
      updated += rows.length
    }
    return updated
  }
}

export default GatewayModuleService
