import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { releaseOrderSlot, restoreOrderSlot } from "../scheduling/slot-booking-hooks"

// One handler per hook: every area's reaction to a cancelled order is called from here.
cancelOrderWorkflow.hooks.orderCanceled(
  async ({ order }, { container }) => new StepResponse(null, { releasedSlotBookingId: await releaseOrderSlot(container, order.id) }),
  async (undo, { container }) => {
    if (undo?.releasedSlotBookingId) await restoreOrderSlot(container, undo.releasedSlotBookingId)
  }
)
