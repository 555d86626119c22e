import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suspendBakeryWorkflow } from "../../../../../workflows/bakery/suspend-bakery"
import { refetchBakery } from "../../helpers"
import { ADMIN_BAKERY_DETAIL_FIELDS } from "../../query-config"
import type { AdminSuspendBakeryType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminSuspendBakeryType>, res: MedusaResponse) => {
  const input = { id: req.params.id, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id }
  await suspendBakeryWorkflow(req.scope).run({ input })
  res.json({ bakery: await refetchBakery(req.scope, req.params.id, ADMIN_BAKERY_DETAIL_FIELDS) })
}
