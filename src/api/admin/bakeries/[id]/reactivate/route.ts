import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reactivateBakeryWorkflow } from "../../../../../workflows/bakery/reactivate-bakery"
import { refetchBakery } from "../../helpers"
import { ADMIN_BAKERY_DETAIL_FIELDS } from "../../query-config"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await reactivateBakeryWorkflow(req.scope).run({ input: { id: req.params.id, actor_id: req.auth_context.actor_id } })
  res.json({ bakery: await refetchBakery(req.scope, req.params.id, ADMIN_BAKERY_DETAIL_FIELDS) })
}
