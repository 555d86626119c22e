import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withdrawBakerApplicationWorkflow } from "../../../../../workflows/baker-application/withdraw-baker-application"
import type { StoreWithdrawBakerApplicationType } from "../../validators"

export const POST = async (req: MedusaRequest<StoreWithdrawBakerApplicationType>, res: MedusaResponse) => {
  await withdrawBakerApplicationWorkflow(req.scope).run({ input: { id: req.params.id, token: req.validatedBody.token } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "baker_application",
    fields: ["id", "status", "applicant_name", "email", "new_bakery", "bakery_id", "created_at", "updated_at"],
    filters: { id: req.params.id },
  })
  res.json({ baker_application: data[0] })
}
