import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BakeryEvents } from "../../modules/bakery/events"
import { BAKER_APPLICATION_LOCK, bakerApplicationLockKey } from "./application-lock"
import { recordApplicationStatusStep } from "./steps/record-application-status"
import { withdrawApplicationStep, type WithdrawApplicationInput } from "./steps/withdraw-application"

export type WithdrawBakerApplicationWorkflowInput = WithdrawApplicationInput

/**
 * The applicant takes back a pending application with the token they got on submitting it. Holding the
 * application's lock, a withdrawal racing staff's decision loses or wins as a whole (409 INVALID_STATUS_TRANSITION).
 */
export const withdrawBakerApplicationWorkflow = createWorkflow(
  "withdraw-baker-application",
  (input: WithdrawBakerApplicationWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => bakerApplicationLockKey(input.id))
    acquireLockStep({ key: lockKey, ...BAKER_APPLICATION_LOCK })
    const { from_status } = withdrawApplicationStep(input)
    recordApplicationStatusStep({ application_id: input.id, from_status, to_status: "withdrawn", actor_type: "applicant" })
    const event = transform({ input }, ({ input }) => ({ id: input.id }))
    emitEventStep({ eventName: BakeryEvents.APPLICATION_WITHDRAWN, data: event })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(event)
  }
)
