import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { readEnv } from "../../config/env"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import { SchedulingErrorCodes } from "../../modules/scheduling/error-codes"
import { ANY_CAPACITY, type default as SchedulingModuleService } from "../../modules/scheduling/service"
import { cartSlotFacts } from "./cart-slot-facts"
import { bookableSlotLimits } from "./steps/check-slot-bookable"

const schedulingOf = (container: MedusaContainer) => container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)

/** Whether a seller schedules its orders (has slot templates); carts of one who does need a slot. */
export async function sellerSchedules(container: MedusaContainer, sellerId: string): Promise<boolean> {
  return (await schedulingOf(container).listSlotTemplates({ seller_id: sellerId }, { take: 1, select: ["id"] })).length > 0
}

/** The cart's latest booking that still means something (a hold, a lapsed hold, an order's). */
async function latestBooking(container: MedusaContainer, cartId: string) {
  const [booking] = await schedulingOf(container).listSlotBookings({ cart_id: cartId, status: ["HELD", "EXPIRED", "BOOKED"] }, { order: { created_at: "DESC" }, take: 1 })
  return booking ?? null
}

/**
 * Completing a cart of a seller who schedules (has slot templates) needs the cart's slot: held, or a lapsed hold
 * whose slot still has a place (taken again here, checked against today's rules). 409 SLOT_REQUIRED without one,
 * SLOT_FULL when the lapsed slot filled meanwhile. Sellers without templates take orders without slots.
 */
export async function assertCartSlotReady(container: MedusaContainer, cartId: string): Promise<void> {
  const facts = await cartSlotFacts(container, cartId)
  if (!facts.products.length || !(await sellerSchedules(container, facts.seller_id))) return
  const scheduling = schedulingOf(container)
  const booking = await latestBooking(container, cartId)
  if (!booking) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "Choose a pickup or delivery slot for this cart (POST /store/carts/:id/slot) before placing the order.", SchedulingErrorCodes.SLOT_REQUIRED)
  }
  if (booking.status !== "EXPIRED") return
  const limits = await bookableSlotLimits(container, { ...booking, cakes: booking.cakes, products: facts.products })
  const expiresAt = new Date(Date.now() + readEnv().SLOT_HOLD_MINUTES * 60_000)
  if (!(await scheduling.retakeBooking(booking.id, "EXPIRED", limits, { status: "HELD", expires_at: expiresAt }))) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `The hold on your ${booking.starts_at} slot of ${booking.date} ran out and the slot has been taken since; choose another slot.`,
      SchedulingErrorCodes.SLOT_FULL
    )
  }
}

/**
 * The order is placed: its cart's hold becomes the order's booking. A hold that lapsed in the instant between the
 * check and here takes its place back whatever the capacity (the order exists and was promised the slot).
 */
export async function bookCartSlotForOrder(container: MedusaContainer, input: { cart_id: string; order_id: string }): Promise<string | null> {
  const scheduling = schedulingOf(container)
  const booking = await latestBooking(container, input.cart_id)
  if (!booking || booking.status === "BOOKED") return null
  const patch = { status: "BOOKED" as const, expires_at: null, order_id: input.order_id }
  const booked = (await scheduling.moveBookingIf(booking.id, { status: "HELD" }, patch)) || (await scheduling.retakeBooking(booking.id, "EXPIRED", ANY_CAPACITY, patch))
  return booked ? booking.id : null
}

/** Undoes bookCartSlotForOrder when the order's creation is rolled back: the cart holds the slot again. */
export async function unbookCartSlot(container: MedusaContainer, bookingId: string): Promise<void> {
  const expiresAt = new Date(Date.now() + readEnv().SLOT_HOLD_MINUTES * 60_000)
  await schedulingOf(container).moveBookingIf(bookingId, { status: "BOOKED" }, { status: "HELD", expires_at: expiresAt, order_id: null })
}

/** A cancelled order frees its place in the slot (once, however often the cancellation is seen). */
export async function releaseOrderSlot(container: MedusaContainer, orderId: string): Promise<string | null> {
  const scheduling = schedulingOf(container)
  const [booking] = await scheduling.listSlotBookings({ order_id: orderId, status: "BOOKED" })
  return booking && (await scheduling.endBookingIf(booking.id, { status: "BOOKED" }, "RELEASED")) ? booking.id : null
}

/** Undoes releaseOrderSlot when the cancellation is rolled back: the order keeps its place. */
export async function restoreOrderSlot(container: MedusaContainer, bookingId: string): Promise<void> {
  await schedulingOf(container).retakeBooking(bookingId, "RELEASED", ANY_CAPACITY, { status: "BOOKED" })
}
