import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REPORTS_MODULE } from "../../../modules/reports"
import { dayOf, SHOP_TIME_ZONE } from "../../../modules/reports/days"
import type ReportsModuleService from "../../../modules/reports/service"

/** What changed: an order (canceled) or one of its payments (refunded). */
export type OrderReportChange = { order_id?: string; payment_id?: string }

async function orderCreatedAt(query: { graph: Function }, change: OrderReportChange): Promise<Date | string | null> {
  if (change.order_id) {
    const { data } = await query.graph({ entity: "order", fields: ["created_at"], filters: { id: change.order_id } })
    return data[0]?.created_at ?? null
  }
  // a payment reaches its order through Medusa's order ↔ payment collection link
  const { data } = await query.graph({ entity: "payment", fields: ["payment_collection.order.created_at"], filters: { id: change.payment_id } })
  return data[0]?.payment_collection?.order?.created_at ?? null
}

/**
 * The shop day (Asia/Tashkent, the zone the nightly job caches) on which the changed order was placed, when that day
 * is cached; null for an unknown order or a day read live anyway (today, or never cached).
 */
export const findCachedOrderDayStep = createStep("find-cached-order-day", async (change: OrderReportChange, { container }) => {
  const createdAt = await orderCreatedAt(container.resolve(ContainerRegistrationKeys.QUERY), change)
  if (!createdAt) return new StepResponse<string | null>(null)
  const date = dayOf(createdAt, SHOP_TIME_ZONE)
  const [cached] = await container.resolve<ReportsModuleService>(REPORTS_MODULE).listDailySales({ date, time_zone: SHOP_TIME_ZONE }, { select: ["id"], take: 1 })
  return new StepResponse<string | null>(cached ? date : null)
})
