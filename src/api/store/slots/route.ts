import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { SCHEDULING_MODULE } from "../../../modules/scheduling"
import type SchedulingModuleService from "../../../modules/scheduling/service"
import { listSlots } from "../../../modules/scheduling/slots"
import { SHOP_TIME_ZONE } from "../../../modules/telegram/bot/dates"
import type { StoreListSlotsQueryType } from "./validators"

/**
 * GET /store/slots?seller=&type=pickup|delivery&from=&to=: the seller's slots with what is left of each, and whether
 * the shop and this kind of order are on now (a closed shop lists its slots, none bookable).
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreListSlotsQueryType>, res: MedusaResponse) => {
  const { seller, type, from, to } = req.validatedQuery
  const scheduling = req.scope.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
  const [switches, templates, closures, usage] = await Promise.all([
    scheduling.readStoreSwitches(),
    scheduling.listSlotTemplates({ seller_id: seller, type }),
    scheduling.listClosures({ seller_id: seller, date: { $gte: from, $lte: to } }),
    scheduling.listSlotUsages({ seller_id: seller, type, date: { $gte: from, $lte: to } }),
  ])
  const open = switches.shop_open && (type === "DELIVERY" ? switches.delivery_enabled : switches.pickup_enabled)
  const slots = listSlots({
    templates,
    closedDates: new Set(closures.map((closure) => closure.date)),
    usage,
    from,
    to,
    now: new Date(),
    leadMinutes: switches.lead_minutes,
    timeZone: SHOP_TIME_ZONE,
    maxOrdersPerSlot: switches.max_orders_per_slot,
  })
  res.json({ open, slots: open ? slots : slots.map((slot) => ({ ...slot, bookable: false })) })
}
