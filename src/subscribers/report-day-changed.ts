import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recomputeOrderReportDayWorkflow } from "../workflows/reports/recompute-order-report-day"

/** A refunded payment or a canceled order changes a past day's report figures: its cached day is recomputed. */
export default async function reportDayChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  const change = event.name === PaymentEvents.REFUNDED ? { payment_id: event.data.id } : { order_id: event.data.id }
  await recomputeOrderReportDayWorkflow(container).run({ input: change })
}

export const config: SubscriberConfig = { event: [PaymentEvents.REFUNDED, OrderWorkflowEvents.CANCELED] }
