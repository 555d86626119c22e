import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { sendCsvFile } from "../../../../lib/csv"
import { stockCsv } from "../../../../modules/inventory-ledger/csv"
import { withNames } from "../ledger-views"

/** GET /admin/inventory-ledger/export: every stock level as CSV (UTF-8 with BOM), the file import reads back. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const levels = await req.scope.resolve(Modules.INVENTORY).listInventoryLevels({}, { order: { inventory_item_id: "ASC", location_id: "ASC" } })
  const named = await withNames(
    req.scope,
    levels.map((level) => ({
      inventory_item_id: level.inventory_item_id,
      location_id: level.location_id,
      stocked_quantity: Number(level.stocked_quantity),
      reserved_quantity: Number(level.reserved_quantity),
    }))
  )
  const day = new Date().toISOString().slice(0, 10)
  sendCsvFile(res, `stock-${day}.csv`, stockCsv(named))
}
