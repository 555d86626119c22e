import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import Receipt from "./models/receipt"

type Execute = { execute(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]> }

export type NewReceipt = { order_id: string; seller_id: string | null; language: string }

/*
 * Numbers are taken under a PostgreSQL transaction-level advisory lock, so two servers (or two workers) numbering at
 * once still read each other's committed rows: the sequence has no gaps and no repeats. The key is arbitrary but
 * fixed; nothing else in the schema uses advisory locks.
 */
const RECEIPT_NUMBER_LOCK = 7_240_311

class ReceiptModuleService extends MedusaService({ Receipt }) {
  /**
   * The order's receipt, or a new one with the next number. A deleted receipt's number is never given again while
   * its row exists (soft deletes count); a row removed by a failed workflow's compensation frees its number.
   */
  @InjectTransactionManager()
  async takeReceiptNumber(data: NewReceipt, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as Execute
    await manager.execute("SELECT pg_advisory_xact_lock(?)", [RECEIPT_NUMBER_LOCK])
    const [existing] = await this.listReceipts({ order_id: data.order_id }, {}, sharedContext)
    if (existing) return { receipt: existing, created: false }
    const [row] = await manager.execute(`SELECT COALESCE(MAX("number"), 0) + 1 AS "next" FROM "receipt"`)
    const receipt = await this.createReceipts({ ...data, number: Number(row.next) }, sharedContext)
    return { receipt, created: true }
  }
}

export default ReceiptModuleService
