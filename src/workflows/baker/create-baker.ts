import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createBakerInviteStep } from "./steps/create-baker-invite"
import { createBakerStep, type CreateBakerStepInput } from "./steps/create-baker"
import { validateNewBakerStep } from "./steps/validate-new-baker"

export type CreateBakerWorkflowInput = CreateBakerStepInput

/**
 * Adds a baker to a bakery with a one-time invite (valid 7 days) to set a password. The email is locked for the
 * run, so two requests for the same email answer one success and one 409 BAKER_EMAIL_TAKEN.
 */
export const createBakerWorkflow = createWorkflow("create-baker", (input: CreateBakerWorkflowInput) => {
  const data = transform({ input }, ({ input }) => ({ ...input, email: input.email.trim().toLowerCase() }))
  const lockKey = transform({ data }, ({ data }) => `baker-email:${data.email}`)

  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  validateNewBakerStep(data)
  const baker = createBakerStep(data)
  const invite = createBakerInviteStep({ baker_id: baker.id })
  releaseLockStep({ key: lockKey })

  return new WorkflowResponse({ baker, invite_token: invite.token })
})
