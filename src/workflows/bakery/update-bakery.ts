import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BakeryEvents } from "../../modules/bakery/events"
import { updateBakeryStep, type UpdateBakeryStepInput } from "./steps/update-bakery"

export type UpdateBakeryWorkflowInput = UpdateBakeryStepInput

/** Changes a bakery's profile; fields left out stay as they are, a changed handle must be free. */
export const updateBakeryWorkflow = createWorkflow("update-bakery", (input: UpdateBakeryWorkflowInput) => {
  const bakery = updateBakeryStep(input)
  const event = transform({ input }, ({ input }) => ({ id: input.id }))
  emitEventStep({ eventName: BakeryEvents.BAKERY_UPDATED, data: event })
  return new WorkflowResponse(bakery)
})
