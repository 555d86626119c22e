import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../../modules/scheduling"
import { ANY_CAPACITY, type default as SchedulingModuleService } from "../../../modules/scheduling/service"
import type { CartSlotPlan } from "./plan-cart-slot"

/** A cart moving to another slot gives its held place back first; undone, it takes that place again. */
export const releaseCurrentCartSlotStep = createStep(
  "release-current-cart-slot",
  async (current: CartSlotPlan["current"], { container }) => {
    if (!current || current.same) return new StepResponse(null, null)
    const released = await container.resolve<SchedulingModuleService>(SCHEDULING_MODULE).endBookingIf(current.id, { status: "HELD" }, "RELEASED")
    return new StepResponse(null, released ? current : null)
  },
  async (released, { container }) => {
    if (!released) return
    await container.resolve<SchedulingModuleService>(SCHEDULING_MODULE).retakeBooking(released.id, "RELEASED", ANY_CAPACITY, { status: "HELD", expires_at: released.expires_at })
  }
)
