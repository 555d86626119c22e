import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { CakeFeatures } from "./domain"
import Ingredient from "./models/ingredient"
import PricePrediction from "./models/price-prediction"
import PricingModelVersion from "./models/model-version"

type Execute = { execute(sql: string, params: unknown[]): Promise<Record<string, any>[]> }

/** A suggestion whose price staff set, as the accuracy reports read it. */
export type FinalizedPredictionRow = {
  id: string
  context: string
  product_variant_id: string | null
  predicted_price: number
  final_price: number
  features: CakeFeatures
  finalized_at: Date
}

class CakePricingModuleService extends MedusaService({ Ingredient, PricingModelVersion, PricePrediction }) {
  /**
   * The suggestions whose price staff set in [start, end), as plain rows: a year holds thousands, which the ORM would
   * make into entities (~0.1 s) only for the report to average them.
   */
  @InjectManager()
  async listFinalizedPredictions(range: { start: Date; end: Date }, @MedusaContext() sharedContext: Context = {}): Promise<FinalizedPredictionRow[]> {
    const rows = await (sharedContext as { manager: Execute }).manager.execute(
      `SELECT "id", "context", "product_variant_id", "predicted_price", "final_price", "features", "finalized_at" FROM "price_prediction"
       WHERE "finalized_at" >= ? AND "finalized_at" < ? AND "deleted_at" IS NULL`,
      [range.start, range.end]
    )
    return rows.map((row) => ({ ...row, predicted_price: Number(row.predicted_price), final_price: Number(row.final_price), finalized_at: new Date(row.finalized_at) }) as FinalizedPredictionRow)
  }
}

export default CakePricingModuleService
