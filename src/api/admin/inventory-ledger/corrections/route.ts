import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVENTORY_LEDGER_MODULE } from "../../../../modules/inventory-ledger"
import type { CorrectionStatus } from "../../../../modules/inventory-ledger/movements"
import type InventoryLedgerModuleService from "../../../../modules/inventory-ledger/service"
import { withNames } from "../ledger-views"

/** GET /admin/inventory-ledger/corrections?status=PENDING: corrections waiting for (or given) a second approval, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, { status?: CorrectionStatus }>, res: MedusaResponse) => {
  const { status } = req.validatedQuery as { status?: CorrectionStatus }
  const requests = await req.scope
    .resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE)
    .listCorrectionRequests(status ? { status } : {}, { order: { created_at: "DESC" }, take: 200 })
  res.json({ correction_requests: await withNames(req.scope, requests) })
}
