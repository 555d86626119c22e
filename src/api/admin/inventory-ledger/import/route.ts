import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importStockLevelsWorkflow } from "../../../../workflows/inventory-ledger/import-stock-levels"
import type { AdminImportStockType } from "../validators"

/**
 * POST /admin/inventory-ledger/import { csv, dry_run }: the changes the file makes; applied unless dry_run. Any bad
 * line: 400 INVALID_CSV naming every one, nothing applied.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminImportStockType>, res: MedusaResponse) => {
  const { result } = await importStockLevelsWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.json(result)
}
