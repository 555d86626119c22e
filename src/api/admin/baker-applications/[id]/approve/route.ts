import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveBakerApplicationWorkflow } from "../../../../../workflows/baker-application/approve-baker-application"
import { refetchBakerApplication } from "../../helpers"

/** The invite token goes only to the event's subscriber, which delivers it to the baker; staff never see it. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await approveBakerApplicationWorkflow(req.scope).run({ input: { id: req.params.id, actor_id: req.auth_context.actor_id } })
  res.json({ baker_application: await refetchBakerApplication(req.scope, req.params.id) })
}
