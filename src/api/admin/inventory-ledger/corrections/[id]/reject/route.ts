import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectCorrectionWorkflow } from "../../../../../../workflows/inventory-ledger/decide-correction"

/** POST /admin/inventory-ledger/corrections/:id/reject: stock stays as it is. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await rejectCorrectionWorkflow(req.scope).run({ input: { id: req.params.id, actor_id: req.auth_context.actor_id } })
  res.json({ correction_request: result })
}
