import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import ClickTransaction from "./models/click-transaction"
import GatewayCall from "./models/gateway-call"
import PaymeTransaction from "./models/payme-transaction"

type Execute = { execute(sql: string, params: unknown[]): Promise<Record<string, any>[]> }

class GatewayModuleService extends MedusaService({ PaymeTransaction, ClickTransaction, GatewayCall }) {
  /**
   * The attempts created in [start, end) (Payme `create_time`, Click `prepared_at`) with their state and payment
   * collection, as plain rows: a year holds tens of thousands, which the ORM would make into entities for nothing.
   */
  @InjectManager()
  async listAttemptStates(
    range: { start: Date; end: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ payme: { payment_collection_id: string; state: number }[]; click: { payment_collection_id: string; status: string }[] }> {
    const manager = (sharedContext as { manager: Execute }).manager
    const [payme, click] = await Promise.all([
      manager.execute(`SELECT "payment_collection_id", "state" FROM "payme_transaction" WHERE "create_time" >= ? AND "create_time" < ? AND "deleted_at" IS NULL`, [range.start, range.end]),
      manager.execute(`SELECT "payment_collection_id", "status" FROM "click_transaction" WHERE "prepared_at" >= ? AND "prepared_at" < ? AND "deleted_at" IS NULL`, [range.start, range.end]),
    ])
    return { payme: payme as { payment_collection_id: string; state: number }[], click: click as { payment_collection_id: string; status: string }[] }
  }
}

export default GatewayModuleService
