import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkSlotBookableStep, type BookSlotInput } from "./steps/check-slot-bookable"
import { takeSlotPlaceStep } from "./steps/take-slot-place"

/**
 * One place of a seller's dated pickup or delivery slot, for a checkout: refused with 409 SHOP_CLOSED,
 * DELIVERY_DISABLED / PICKUP_DISABLED, LEAD_TIME or SLOT_FULL, or 404 SLOT_NOT_FOUND. Run inside a checkout's
 * workflow, a later failure gives the place back.
 */
export const bookSlotWorkflow = createWorkflow("book-slot", (input: BookSlotInput) => {
  const limits = checkSlotBookableStep(input)
  return new WorkflowResponse(takeSlotPlaceStep({ slot: input, limits }))
})
