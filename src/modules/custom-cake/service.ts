import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import CustomCakeImage from "./models/custom-cake-image"
import CustomCakeRequest from "./models/custom-cake-request"
import CustomCakeStatusChange from "./models/custom-cake-status-change"

type Execute = { execute(sql: string, params: unknown[]): Promise<Record<string, any>[]> }

/** How many requests of the range stand in one status (with one rejection reason). */
export type StatusCount = { status: string; rejection_reason: string | null; count: number }

class CustomCakeModuleService extends MedusaService({ CustomCakeRequest, CustomCakeStatusChange, CustomCakeImage }) {
  /**
   * The requests created in [start, end) counted per status and rejection reason, one bakery's when `bakery_id` is
   * given (null: the store's own). Counted by the database: a year holds thousands of requests the report only adds up.
   */
  @InjectManager()
  async countRequestsByStatus(range: { start: Date; end: Date; bakery_id?: string | null }, @MedusaContext() sharedContext: Context = {}): Promise<StatusCount[]> {
    const ofBakery = range.bakery_id === undefined ? "" : range.bakery_id === null ? ` AND "bakery_id" IS NULL` : ` AND "bakery_id" = ?`
    const rows = await (sharedContext as { manager: Execute }).manager.execute(
      `SELECT "status", "rejection_reason", COUNT(*)::int AS "count" FROM "custom_cake_request"
        WHERE "created_at" >= ? AND "created_at" < ? AND "deleted_at" IS NULL${ofBakery} GROUP BY "status", "rejection_reason"`,
      [range.start, range.end, ...(range.bakery_id ? [range.bakery_id] : [])]
    )
    return rows as StatusCount[]
  }

  /**
   * The bakery (null: the store's own) of the requests made from these pricing suggestions. Read as plain rows: a
   * year's pricing report asks for thousands, which the ORM would spend ~0.2 s building entities for.
   */
  @InjectManager()
  async listBakeriesOfPredictions(predictionIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<{ prediction_id: string; bakery_id: string | null }[]> {
    if (!predictionIds.length) return []
    const rows = await (sharedContext as { manager: Execute }).manager.execute(
      `SELECT "prediction_id", "bakery_id" FROM "custom_cake_request" WHERE "prediction_id" IN (?) AND "deleted_at" IS NULL`,
      [predictionIds]
    )
    return rows as { prediction_id: string; bakery_id: string | null }[]
  }
}

export default CustomCakeModuleService
