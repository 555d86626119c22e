import type { MedusaContainer } from "@medusajs/framework/types"
import { readEnv } from "../config/env"
import { dayOf, SHOP_TIME_ZONE } from "../modules/reports/days"
import { computeDailyReportsWorkflow } from "../workflows/reports/compute-daily-reports"

const DAY_MS = 86_400_000

/**
 * Nightly (REPORTS_DAILY_SCHEDULE): yesterday's figures in the shop's time zone, and the day before's again so a
 * refund made after midnight still reaches its order's day.
 */
export default async function computeDailyReports(container: MedusaContainer, now = new Date()): Promise<{ days: number; sales_rows: number }> {
  const dayBefore = (days: number) => dayOf(new Date(now.getTime() - days * DAY_MS), SHOP_TIME_ZONE)
  const { result } = await computeDailyReportsWorkflow(container).run({ input: { dates: [dayBefore(2), dayBefore(1)], tz: SHOP_TIME_ZONE } })
  return result
}

export const config = { name: "compute-daily-reports", schedule: readEnv().REPORTS_DAILY_SCHEDULE }
