import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeStockThresholdWorkflow } from "../../../../../workflows/inventory-ledger/set-stock-threshold"

/** DELETE /admin/inventory-ledger/thresholds/:id: stops watching that stock. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeStockThresholdWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "stock_threshold", deleted: true })
}
