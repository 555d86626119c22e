import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SHOP_TIME_ZONE } from "../../modules/reports/days"
import { computeDailyReportsWorkflow } from "./compute-daily-reports"
import { findCachedOrderDayStep, type OrderReportChange } from "./steps/find-cached-order-day"

/**
 * A refund or a cancel changes the figures of the day the order was placed (refunds count on the order's day); when
 * that day is already cached it is recomputed at once, so cached reports never lag behind live ones.
 */
export const recomputeOrderReportDayWorkflow = createWorkflow("recompute-order-report-day", (input: OrderReportChange) => {
  const date = findCachedOrderDayStep(input)
  when("order-day-is-cached", { date }, ({ date }) => !!date).then(() =>
    computeDailyReportsWorkflow.runAsStep({ input: transform({ date }, ({ date }) => ({ dates: [date!], tz: SHOP_TIME_ZONE })) })
  )
  return new WorkflowResponse(date)
})
