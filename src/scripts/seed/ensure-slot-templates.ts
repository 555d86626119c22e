import { BAKERY_MODULE } from "../../modules/bakery"
import type BakeryModuleService from "../../modules/bakery/service"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import { SLOT_TYPES } from "../../modules/scheduling/slots"
import { setSlotTemplatesWorkflow } from "../../workflows/scheduling/set-slot-templates"
import type { SeedContext } from "./context"

/** The demo kitchen's week: two-hour windows 10:00–20:00 every day; the courier carries fewer orders per window. */
const WINDOWS = ["10:00", "12:00", "14:00", "16:00", "18:00"]
const CAPACITY = { PICKUP: { orders: 10, cakes: 6 }, DELIVERY: { orders: 6, cakes: 4 } } as const

/** Pickup and delivery slots of the store and of every bakery, each only when it has none yet (staff may have changed them). */
export async function ensureSlotTemplates(ctx: SeedContext): Promise<void> {
  const scheduling = ctx.container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
  const bakeries = await ctx.container.resolve<BakeryModuleService>(BAKERY_MODULE).listBakeries({}, { select: ["id"] })
  const weeks = ["store", ...bakeries.map((bakery) => bakery.id)].flatMap((seller_id) => SLOT_TYPES.map((type) => ({ seller_id, type })))
  let created = 0
  for (const { seller_id, type } of weeks) {
    if ((await scheduling.listSlotTemplates({ seller_id, type }, { take: 1, select: ["id"] })).length) continue
    const templates = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
      WINDOWS.map((starts_at) => ({
        weekday,
        starts_at,
        ends_at: `${String(Number(starts_at.slice(0, 2)) + 2).padStart(2, "0")}:00`,
        capacity_orders: CAPACITY[type].orders,
        capacity_cakes: CAPACITY[type].cakes,
      }))
    )
    await setSlotTemplatesWorkflow(ctx.container).run({ input: { seller_id, type, templates } })
    created += 1
  }
  ctx.tally.record("slotWeeks", weeks.length, created)
}
