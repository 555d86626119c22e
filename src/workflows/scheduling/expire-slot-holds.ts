import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import { gatewayPaymentInProgress } from "../payments/payment-hold"

/** At most this many holds end in one run; the next run (a minute later) takes the rest. */
const BATCH = 200

/**
 * Holds past their time give their place back, each in one conditional statement (a checkout completing the same
 * cart at that instant wins or loses cleanly). A cart that Payme or Click is being paid through keeps its hold: the
 * gateway has the customer's money in flight and the order will follow.
 */
const expireDueSlotHoldsStep = createStep("expire-due-slot-holds", async (_: unknown, { container }) => {
  const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()
  const due = await scheduling.listSlotBookings({ status: "HELD", expires_at: { $lt: now } }, { take: BATCH, order: { expires_at: "ASC" } })
  if (!due.length) return new StepResponse({ expired: [] as string[], kept: [] as string[] })
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "payment_collection.id"], filters: { id: due.map((booking) => booking.cart_id) } })
  const collectionOf = new Map(carts.map((cart: any) => [cart.id, cart.payment_collection?.id as string | undefined]))
  const expired: string[] = []
  const kept: string[] = []
  for (const booking of due) {
    const collection = collectionOf.get(booking.cart_id)
    if (collection && (await gatewayPaymentInProgress(container, collection))) kept.push(booking.id)
    else if (await scheduling.endBookingIf(booking.id, { status: "HELD", due_before: now }, "EXPIRED")) expired.push(booking.id)
  }
  return new StepResponse({ expired, kept })
})

export const expireSlotHoldsWorkflow = createWorkflow("expire-slot-holds", () => {
  return new WorkflowResponse(expireDueSlotHoldsStep())
})
