import type { MedusaContainer } from "@medusajs/framework/types"
import { readEnv } from "../config/env"
import { sendDailyDigestsWorkflow } from "../workflows/reports/send-daily-digests"

/** Tashkent is UTC+5 all year (no DST); the scheduler runs cron in the server's zone, UTC. */
const TASHKENT_UTC_OFFSET_HOURS = 5

/** The cron line that fires at `hour` o'clock Tashkent on a UTC clock. */
export const digestSchedule = (hour: number) => `0 ${(hour - TASHKENT_UTC_OFFSET_HOURS + 24) % 24} * * *`

export default async function sendDailyDigest(container: MedusaContainer, now = new Date()): Promise<{ sent: number; failed: number }> {
  const { result } = await sendDailyDigestsWorkflow(container).run({ input: { now: now.toISOString() } })
  return result
}

export const config = { name: "send-daily-digest", schedule: digestSchedule(readEnv().REPORTS_DIGEST_HOUR) }
