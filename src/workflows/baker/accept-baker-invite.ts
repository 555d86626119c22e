import { acquireLockStep, releaseLockStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken } from "./invite-token"
import { markBakerInviteAcceptedStep } from "./steps/mark-baker-invite-accepted"
import { validateBakerInviteStep, type ValidateBakerInviteInput } from "./steps/validate-baker-invite"

export type AcceptBakerInviteWorkflowInput = ValidateBakerInviteInput

/**
 * Links the caller's login (auth identity) to the invited baker, after which POST /auth/baker/emailpass answers
 * tokens for that baker. The invite is locked for the run, so two clicks on one link accept it once.
 */
export const acceptBakerInviteWorkflow = createWorkflow("accept-baker-invite", (input: AcceptBakerInviteWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `baker-invite:${hashInviteToken(input.token)}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const { invite_id, baker_id } = validateBakerInviteStep(input)
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "baker", value: baker_id })
  markBakerInviteAcceptedStep({ invite_id })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ baker_id })
})
