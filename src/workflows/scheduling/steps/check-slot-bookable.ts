import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../../modules/scheduling"
import { SchedulingErrorCodes } from "../../../modules/scheduling/error-codes"
import type SchedulingModuleService from "../../../modules/scheduling/service"
import type { SlotKey } from "../../../modules/scheduling/service"
import { shopInstant, weekdayOf } from "../../../modules/scheduling/slots"
import { SHOP_TIME_ZONE } from "../../../modules/telegram/bot/dates"

export type BookSlotInput = SlotKey & { cakes?: number }
export type SlotLimits = { orders: number; cakes: number | null }

const refuse = (code: string, message: string) => new MedusaError(MedusaError.Types.CONFLICT, message, code)

/**
 * Whether the slot may be booked now: the shop is open, the kind of order is on, the seller has this window on that
 * weekday and is not closed that day, and it starts after the lead time. Answers the slot's limits for the booking.
 */
export const checkSlotBookableStep = createStep("check-slot-bookable", async (input: BookSlotInput, { container }) => {
  const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
  const [switches, [template], [closed]] = await Promise.all([
    scheduling.readStoreSwitches(),
    scheduling.listSlotTemplates({ seller_id: input.seller_id, type: input.type, weekday: weekdayOf(input.date), starts_at: input.starts_at }),
    scheduling.listClosures({ seller_id: input.seller_id, date: input.date }),
  ])
  if (!switches.shop_open) throw refuse(SchedulingErrorCodes.SHOP_CLOSED, "The shop is not taking orders right now; please try again later.")
  if (input.type === "DELIVERY" && !switches.delivery_enabled) throw refuse(SchedulingErrorCodes.DELIVERY_DISABLED, "Delivery is paused right now; choose pickup or try again later.")
  if (input.type === "PICKUP" && !switches.pickup_enabled) throw refuse(SchedulingErrorCodes.PICKUP_DISABLED, "Pickup is paused right now; choose delivery or try again later.")
  if (!template || closed) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no ${input.type.toLowerCase()} slot at ${input.starts_at} on ${input.date}; ask GET /store/slots for the slots on offer.`, SchedulingErrorCodes.SLOT_NOT_FOUND)
  }
  const earliest = Date.now() + switches.lead_minutes * 60_000
  if (shopInstant(input.date, input.starts_at, SHOP_TIME_ZONE).getTime() < earliest) {
    throw refuse(SchedulingErrorCodes.LEAD_TIME, `Orders need ${switches.lead_minutes} minutes before their slot starts; choose a later slot.`)
  }
  const orders = switches.max_orders_per_slot === null ? template.capacity_orders : Math.min(template.capacity_orders, switches.max_orders_per_slot)
  return new StepResponse({ orders, cakes: template.capacity_cakes } as SlotLimits)
})
