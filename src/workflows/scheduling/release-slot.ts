import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import { ANY_CAPACITY, type default as SchedulingModuleService } from "../../modules/scheduling/service"
import type { BookSlotInput } from "./steps/check-slot-bookable"

const giveBackSlotPlaceStep = createStep(
  "give-back-slot-place",
  async (slot: BookSlotInput, { container }) => {
    await container.resolve<SchedulingModuleService>(SCHEDULING_MODULE).giveBackSlotPlace(slot, slot.cakes ?? 0)
    return new StepResponse(slot, slot)
  },
  async (slot, { container }) => {
    // undoing a release takes the place again, whatever the capacity is now (it was this booking's)
    if (slot) await container.resolve<SchedulingModuleService>(SCHEDULING_MODULE).takeSlotPlace(slot, ANY_CAPACITY, slot.cakes ?? 0)
  }
)

/** Frees a booked place (a cancelled order, an abandoned checkout). */
export const releaseSlotWorkflow = createWorkflow("release-slot", (input: BookSlotInput) => {
  return new WorkflowResponse(giveBackSlotPlaceStep(input))
})
