import type { MedusaContainer } from "@medusajs/framework/types"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import { closedRefusal, type ScheduledProduct, slotRefusal } from "../../modules/scheduling/cart-rules"
import { listSlots, type Slot, type SlotType } from "../../modules/scheduling/slots"
import { SHOP_TIME_ZONE } from "../../modules/telegram/bot/dates"

export type SellerSlotsQuery = {
  seller: string
  type: SlotType
  from: string
  to: string
  /** A cart's products: slots their lead times, the cutoff or their serving hours rule out are not bookable. */
  products?: ScheduledProduct[]
}

/**
 * A seller's slots of one kind from one date to another with what is left of each, and whether the shop and this
 * kind of order are on now (a closed shop lists its slots, none bookable). The Store API and the admin answer this.
 */
export async function listSellerSlots(container: MedusaContainer, { seller, type, from, to, products }: SellerSlotsQuery): Promise<{ open: boolean; slots: Slot[] }> {
  const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
  const [switches, templates, closures, usage] = await Promise.all([
    scheduling.readStoreSwitches(),
    scheduling.listSlotTemplates({ seller_id: seller, type }),
    scheduling.listClosures({ seller_id: seller, date: { $gte: from, $lte: to } }),
    scheduling.listSlotUsages({ seller_id: seller, type, date: { $gte: from, $lte: to } }),
  ])
  const open = !closedRefusal(switches, type)
  const now = new Date()
  const listed = listSlots({
    templates,
    closedDates: new Set(closures.map((closure) => closure.date)),
    usage,
    from,
    to,
    now,
    leadMinutes: switches.lead_minutes,
    timeZone: SHOP_TIME_ZONE,
    maxOrdersPerSlot: switches.max_orders_per_slot,
  })
  const slots = products ? listed.map((slot) => ({ ...slot, bookable: slot.bookable && !slotRefusal(products, slot, { now, switches, timeZone: SHOP_TIME_ZONE }) })) : listed
  return { open, slots: open ? slots : slots.map((slot) => ({ ...slot, bookable: false })) }
}
