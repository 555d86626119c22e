import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelCustomCakeRequestWorkflow } from "../../../../../workflows/custom-cake/close-unpaid-custom-cake"
import { customCakeDetail } from "../../../../shared/custom-cake-reads"

/** POST /store/custom-cakes/:id/cancel: the customer declines an approved cake before paying for it. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const scope = { customer_id: req.auth_context.actor_id }
  await cancelCustomCakeRequestWorkflow(req.scope).run({
    input: { id: req.params.id, actor: { type: "customer", id: req.auth_context.actor_id }, scope },
  })
  res.json({ custom_cake: await customCakeDetail(req, req.params.id, scope, "store") })
}
