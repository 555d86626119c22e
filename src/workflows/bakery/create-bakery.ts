import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BakeryEvents } from "../../modules/bakery/events"
import { createBakeryStep, type CreateBakeryStepInput } from "./steps/create-bakery"

export type CreateBakeryWorkflowInput = CreateBakeryStepInput

/** Creates one bakery (active, no products, no bakers); 409 BAKERY_HANDLE_TAKEN when a live bakery has the handle. */
export const createBakeryWorkflow = createWorkflow("create-bakery", (input: CreateBakeryWorkflowInput) => {
  const bakery = createBakeryStep(input)
  const event = transform({ bakery }, ({ bakery }) => ({ id: bakery.id }))
  emitEventStep({ eventName: BakeryEvents.BAKERY_CREATED, data: event })
  return new WorkflowResponse(bakery)
})
