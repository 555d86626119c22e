import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BakeryEvents } from "../../modules/bakery/events"
import { BAKER_APPLICATION_LOCK, bakerApplicationLockKey } from "./application-lock"
import { decideBakerApplicationStep } from "./steps/decide-baker-application"
import { recordApplicationStatusStep } from "./steps/record-application-status"

export type RejectBakerApplicationWorkflowInput = { id: string; actor_id: string; reason: string }

/** Rejects a pending application with a reason the applicant is told; 400 when the reason is blank. */
export const rejectBakerApplicationWorkflow = createWorkflow(
  "reject-baker-application",
  (input: RejectBakerApplicationWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => bakerApplicationLockKey(input.id))
    acquireLockStep({ key: lockKey, ...BAKER_APPLICATION_LOCK })

    const decision = decideBakerApplicationStep({
      id: input.id,
      status: "rejected",
      decided_by: input.actor_id,
      rejection_reason: input.reason,
    })
    const history = transform({ input, decision }, ({ input, decision }) => ({
      application_id: input.id,
      from_status: decision.from_status,
      to_status: "rejected",
      actor_type: "user" as const,
      actor_id: input.actor_id,
      note: input.reason.trim(),
    }))
    recordApplicationStatusStep(history)

    const event = transform({ input }, ({ input }) => ({ id: input.id }))
    emitEventStep({ eventName: BakeryEvents.APPLICATION_REJECTED, data: event })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(event)
  }
)
