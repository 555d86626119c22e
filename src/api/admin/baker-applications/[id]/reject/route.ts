import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectBakerApplicationWorkflow } from "../../../../../workflows/baker-application/reject-baker-application"
import { refetchBakerApplication } from "../../helpers"
import type { AdminRejectBakerApplicationType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminRejectBakerApplicationType>, res: MedusaResponse) => {
  const input = { id: req.params.id, actor_id: req.auth_context.actor_id, reason: req.validatedBody.reason }
  await rejectBakerApplicationWorkflow(req.scope).run({ input })
  res.json({ baker_application: await refetchBakerApplication(req.scope, req.params.id) })
}
