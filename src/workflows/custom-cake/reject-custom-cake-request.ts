import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CustomCakeEvents } from "../../modules/custom-cake/events"
import type { CustomCakeActor } from "../../modules/custom-cake/transitions"
import { CUSTOM_CAKE_LOCK, customCakeLockKey } from "./custom-cake-lock"
import type { CustomCakeScope } from "./custom-cake-scope"
import { setCustomCakeStatusStep } from "./steps/set-custom-cake-status"

export type RejectCustomCakeRequestInput = { id: string; actor: CustomCakeActor; scope?: CustomCakeScope; reason: string }

/** Staff decline a request with a reason; `custom_cake.rejected` passes it on with an invitation to change the request. */
export const rejectCustomCakeRequestWorkflow = createWorkflow("reject-custom-cake-request", (input: RejectCustomCakeRequestInput) => {
  const lockKey = transform({ input }, ({ input }) => customCakeLockKey(input.id))
  acquireLockStep({ key: lockKey, ...CUSTOM_CAKE_LOCK })
  const rejected = setCustomCakeStatusStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      to: "REJECTED" as const,
      actor: input.actor,
      scope: input.scope,
      note: input.reason,
      changes: { rejection_reason: input.reason.trim() },
    }))
  )
  emitEventStep({ eventName: CustomCakeEvents.REJECTED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(rejected)
})
