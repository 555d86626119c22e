import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../../modules/scheduling"
import type SchedulingModuleService from "../../../modules/scheduling/service"
import type { SlotLimits } from "./check-slot-bookable"
import type { CartSlotPlan } from "./plan-cart-slot"

type Undo = { created?: string; renewed?: NonNullable<CartSlotPlan["current"]> }

/** The cart's hold on its new slot (or the same hold renewed), until `expires_at`. */
export const saveCartSlotBookingStep = createStep(
  "save-cart-slot-booking",
  async ({ plan, limits, expires_at }: { plan: CartSlotPlan; limits: SlotLimits; expires_at: Date }, { container }) => {
    const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    if (plan.current?.same) {
      const renewed = await scheduling.updateSlotBookings({ id: plan.current.id, expires_at })
      return new StepResponse(renewed, { renewed: plan.current } as Undo)
    }
    const { products: _products, ...slot } = plan.slot
    const booking = await scheduling.createSlotBookings({ ...slot, cart_id: plan.cart_id, ends_at: limits.ends_at, cakes: slot.cakes ?? 0, status: "HELD", expires_at })
    return new StepResponse(booking, { created: booking.id } as Undo)
  },
  async (undo, { container }) => {
    const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    if (undo?.created) await scheduling.deleteSlotBookings(undo.created)
    if (undo?.renewed) await scheduling.updateSlotBookings({ id: undo.renewed.id, expires_at: undo.renewed.expires_at })
  }
)
