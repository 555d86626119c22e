import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import type { CartSlotPlan } from "./steps/plan-cart-slot"
import { releaseCurrentCartSlotStep } from "./steps/release-current-cart-slot"

const findCartSlotHoldStep = createStep("find-cart-slot-hold", async (cartId: string, { container }) => {
  const [held] = await container.resolve<SchedulingModuleService>(SCHEDULING_MODULE).listSlotBookings({ cart_id: cartId, status: "HELD" })
  return new StepResponse<CartSlotPlan["current"]>(held ? { id: held.id, same: false, expires_at: held.expires_at as Date | null } : null)
})

/** A customer lets go of the slot their cart holds: the place is free for others at once. Answers whether one was held. */
export const releaseCartSlotWorkflow = createWorkflow("release-cart-slot", (input: { cart_id: string }) => {
  acquireLockStep({ key: input.cart_id, timeout: 10, ttl: 30 })
  const held = findCartSlotHoldStep(input.cart_id)
  releaseCurrentCartSlotStep(held)
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse(held)
})
