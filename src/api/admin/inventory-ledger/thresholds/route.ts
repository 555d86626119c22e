import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVENTORY_LEDGER_MODULE } from "../../../../modules/inventory-ledger"
import type InventoryLedgerModuleService from "../../../../modules/inventory-ledger/service"
import { setStockThresholdWorkflow } from "../../../../workflows/inventory-ledger/set-stock-threshold"
import { withNames } from "../ledger-views"
import type { AdminSetThresholdType } from "../validators"

/** GET /admin/inventory-ledger/thresholds: every low-stock line, with whether stock is under it now (below_since). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const thresholds = await req.scope.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).listStockThresholds({}, { order: { created_at: "ASC" } })
  res.json({ stock_thresholds: await withNames(req.scope, thresholds) })
}

/** POST /admin/inventory-ledger/thresholds { inventory_item_id, location_id, threshold }: sets (or changes) the line. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetThresholdType>, res: MedusaResponse) => {
  const { result } = await setStockThresholdWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ stock_threshold: result })
}
