import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { acceptBakerInviteWorkflow } from "../../../../workflows/baker/accept-baker-invite"
import { BAKER_FIELDS } from "../../me/query-config"
import type { AcceptBakerInviteBody } from "./validators"

/**
 * Called with the token of POST /auth/baker/emailpass/register (or of a login not yet linked to a baker). After it,
 * POST /auth/baker/emailpass (or /auth/token/refresh) gives a token for the baker.
 */
export async function POST(req: AuthenticatedMedusaRequest<AcceptBakerInviteBody>, res: MedusaResponse) {
  const { result } = await acceptBakerInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, auth_identity_id: req.auth_context.auth_identity_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "baker", fields: BAKER_FIELDS, filters: { id: result.baker_id } })
  res.json({ baker: data[0] })
}
