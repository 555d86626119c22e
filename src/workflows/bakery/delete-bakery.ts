import { emitEventStep, removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../modules/bakery"
import { BakeryEvents } from "../../modules/bakery/events"
import { softDeleteBakeryStep } from "./steps/soft-delete-bakery"
import { validateBakeryDeletableStep } from "./steps/validate-bakery-deletable"

export type DeleteBakeryWorkflowInput = { id: string }

/**
 * Soft-deletes a bakery that never sold anything, with its bakers and its remaining links (stock locations);
 * 409 BAKERY_IN_USE while products or orders are linked to it.
 */
export const deleteBakeryWorkflow = createWorkflow("delete-bakery", (input: DeleteBakeryWorkflowInput) => {
  validateBakeryDeletableStep(input)
  const links = transform({ input }, ({ input }) => [{ [BAKERY_MODULE]: { bakery_id: input.id } }])
  removeRemoteLinkStep(links)
  softDeleteBakeryStep(input)
  const event = transform({ input }, ({ input }) => ({ id: input.id }))
  emitEventStep({ eventName: BakeryEvents.BAKERY_DELETED, data: event })
  return new WorkflowResponse(void 0)
})
