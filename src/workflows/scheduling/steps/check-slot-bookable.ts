import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../../modules/scheduling"
import { closedRefusal, type ScheduledProduct, slotRefusal } from "../../../modules/scheduling/cart-rules"
import { SchedulingErrorCodes } from "../../../modules/scheduling/error-codes"
import type SchedulingModuleService from "../../../modules/scheduling/service"
import type { SlotKey } from "../../../modules/scheduling/service"
import { weekdayOf } from "../../../modules/scheduling/slots"
import { SHOP_TIME_ZONE } from "../../../modules/telegram/bot/dates"

export type BookSlotInput = SlotKey & {
  cakes?: number
  /** The products ordered for the slot: their lead times and serving hours count too. */
  products?: ScheduledProduct[]
}
export type SlotLimits = { orders: number; cakes: number | null; ends_at: string }

const refuse = (code: string, message: string) => new MedusaError(MedusaError.Types.CONFLICT, message, code)

/**
 * Whether the slot may be booked now: the shop is open, the kind of order is on, the seller has this window on that
 * weekday and is not closed that day, and the products' rules allow it (cutoff, lead times, serving hours). Answers
 * the slot's limits for the booking; throws the refusal (409, or 404 SLOT_NOT_FOUND) otherwise.
 */
export async function bookableSlotLimits(container: MedusaContainer, input: BookSlotInput): Promise<SlotLimits> {
  const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
  const [switches, [template], [closed]] = await Promise.all([
    scheduling.readStoreSwitches(),
    scheduling.listSlotTemplates({ seller_id: input.seller_id, type: input.type, weekday: weekdayOf(input.date), starts_at: input.starts_at }),
    scheduling.listClosures({ seller_id: input.seller_id, date: input.date }),
  ])
  const paused = closedRefusal(switches, input.type)
  if (paused) throw refuse(paused.code, paused.message)
  if (!template || closed) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no ${input.type.toLowerCase()} slot at ${input.starts_at} on ${input.date}; ask GET /store/slots for the slots on offer.`, SchedulingErrorCodes.SLOT_NOT_FOUND)
  }
  const refusal = slotRefusal(input.products ?? [], input, { now: new Date(), switches, timeZone: SHOP_TIME_ZONE })
  if (refusal) throw refuse(refusal.code, refusal.message)
  const orders = switches.max_orders_per_slot === null ? template.capacity_orders : Math.min(template.capacity_orders, switches.max_orders_per_slot)
  return { orders, cakes: template.capacity_cakes, ends_at: template.ends_at }
}

export const checkSlotBookableStep = createStep("check-slot-bookable", async (input: BookSlotInput, { container }) => {
  return new StepResponse(await bookableSlotLimits(container, input))
})
