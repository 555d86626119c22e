import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveCorrectionWorkflow } from "../../../../../../workflows/inventory-ledger/decide-correction"

/** POST /admin/inventory-ledger/corrections/:id/approve: applies it (409 SAME_APPROVER for its own requester). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await approveCorrectionWorkflow(req.scope).run({ input: { id: req.params.id, actor_id: req.auth_context.actor_id } })
  res.json({ correction_request: result })
}
