import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import ClickTransaction from "./models/click-transaction"
import GatewayCall from "./models/gateway-call"
import PaymeTransaction from "./models/payme-transaction"

type Execute = { execute(sql: string, params: unknown[]): Promise<Record<string, any>[]> }

export type PaymeAttempt = { payment_collection_id: string; state: number; seller_id: string | null }
export type ClickAttempt = { payment_collection_id: string; status: string; seller_id: string | null }
export type GatewayAttempts = { payme: PaymeAttempt[]; click: ClickAttempt[] }

const carriesSeller = (row: { seller_id: string | null }) => row.seller_id !== null

class GatewayModuleService extends MedusaService({ PaymeTransaction, ClickTransaction, GatewayCall }) {
  /**
   * The attempts created in [start, end) (Payme `create_time`, Click `prepared_at`) with their state, payment
   * collection and seller, as plain rows: a year holds tens of thousands, which the ORM would make into entities for
   * nothing. With `seller`, only that seller's, and apart in `without_seller` those that carry no seller (written
   * before attempts recorded it, or whose cart told none) for the caller to attribute; without, every attempt.
   */
  @InjectManager()
  async listAttemptStates(
    range: { start: Date; end: Date },
    seller?: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<GatewayAttempts & { without_seller: GatewayAttempts }> {
    const manager = (sharedContext as { manager: Execute }).manager
    // each side of the OR is a range of the (seller_id, time) index
    const ofSeller = seller === undefined ? "" : `AND ("seller_id" = ? OR "seller_id" IS NULL)`
    const params = [range.start, range.end, ...(seller === undefined ? [] : [seller])]
    const [payme, click] = (await Promise.all([
      manager.execute(`SELECT "payment_collection_id", "state", "seller_id" FROM "payme_transaction" WHERE "create_time" >= ? AND "create_time" < ? ${ofSeller} AND "deleted_at" IS NULL`, params),
      manager.execute(`SELECT "payment_collection_id", "status", "seller_id" FROM "click_transaction" WHERE "prepared_at" >= ? AND "prepared_at" < ? ${ofSeller} AND "deleted_at" IS NULL`, params),
    ])) as [PaymeAttempt[], ClickAttempt[]]
    if (seller === undefined) return { payme, click, without_seller: { payme: [], click: [] } }
    return {
      payme: payme.filter(carriesSeller),
      click: click.filter(carriesSeller),
      without_seller: { payme: payme.filter((row) => !carriesSeller(row)), click: click.filter((row) => !carriesSeller(row)) },
    }
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
