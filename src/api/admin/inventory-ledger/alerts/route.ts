import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { INVENTORY_LEDGER_MODULE } from "../../../../modules/inventory-ledger"
import type InventoryLedgerModuleService from "../../../../modules/inventory-ledger/service"
import { levelKey } from "../../../../workflows/inventory-ledger/steps/record-stock-movements"
import { withNames } from "../ledger-views"

/** GET /admin/inventory-ledger/alerts: the stock under its low-stock line now, longest first, with the quantity left. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const low = await req.scope
    .resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE)
    .listStockThresholds({ below_since: { $ne: null } }, { order: { below_since: "ASC" } })
  const levels = low.length ? await req.scope.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: low.map((row) => row.inventory_item_id) }) : []
  const stocked = new Map(levels.map((level) => [levelKey(level), Number(level.stocked_quantity)]))
  const alerts = low.map((row) => ({ ...row, stocked_quantity: stocked.get(levelKey(row)) ?? null }))
  res.json({ low_stock: await withNames(req.scope, alerts) })
}
