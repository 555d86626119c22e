import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../../modules/scheduling"
import { SchedulingErrorCodes } from "../../../modules/scheduling/error-codes"
import type SchedulingModuleService from "../../../modules/scheduling/service"
import type { BookSlotInput, SlotLimits } from "./check-slot-bookable"

/**
 * Takes one place of the slot (a conditional update: the last place goes to exactly one booking); given back if a
 * later step fails. `kept`: the place is already this booking's (a hold renewed), nothing to take.
 */
export const takeSlotPlaceStep = createStep(
  "take-slot-place",
  async ({ slot, limits, kept }: { slot: BookSlotInput; limits: SlotLimits; kept?: boolean }, { container }) => {
    if (kept) return new StepResponse(slot, null)
    const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    const cakes = slot.cakes ?? 0
    if (!(await scheduling.takeSlotPlace(slot, limits, cakes))) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `The ${slot.starts_at} slot on ${slot.date} has just been taken; choose another one.`, SchedulingErrorCodes.SLOT_FULL)
    }
    return new StepResponse(slot, slot)
  },
  async (slot, { container }) => {
    if (slot) await container.resolve<SchedulingModuleService>(SCHEDULING_MODULE).giveBackSlotPlace(slot, slot.cakes ?? 0)
  }
)
