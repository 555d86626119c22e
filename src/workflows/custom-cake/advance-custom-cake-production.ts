import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CustomCakeEvents } from "../../modules/custom-cake/events"
import type { CustomCakeActor, ProductionStatus } from "../../modules/custom-cake/transitions"
import { CUSTOM_CAKE_LOCK, customCakeLockKey } from "./custom-cake-lock"
import type { CustomCakeScope } from "./custom-cake-scope"
import { setCustomCakeStatusStep } from "./steps/set-custom-cake-status"

export type AdvanceCustomCakeProductionInput = {
  id: string
  status: ProductionStatus
  actor: CustomCakeActor
  scope?: CustomCakeScope
  note?: string | null
}

/** A paid cake moves through the kitchen: IN_PRODUCTION, READY, COMPLETED, one step at a time. */
export const advanceCustomCakeProductionWorkflow = createWorkflow(
  "advance-custom-cake-production",
  (input: AdvanceCustomCakeProductionInput) => {
    const lockKey = transform({ input }, ({ input }) => customCakeLockKey(input.id))
    acquireLockStep({ key: lockKey, ...CUSTOM_CAKE_LOCK })
    const advanced = setCustomCakeStatusStep(
      transform({ input }, ({ input }) => ({ id: input.id, to: input.status, actor: input.actor, scope: input.scope, note: input.note }))
    )
    emitEventStep({
      eventName: CustomCakeEvents.PRODUCTION_ADVANCED,
      data: transform({ input }, ({ input }) => ({ id: input.id, status: input.status })),
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(advanced)
  }
)
