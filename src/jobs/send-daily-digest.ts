import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../config/env"
import { STAFF_CHANNEL_MODULE } from "../modules/staff-channel"
import { staffLanguage } from "../modules/staff-channel/posts/ticket-post"
import type StaffChannelModuleService from "../modules/staff-channel/service"
import { staffDigestText } from "../modules/telegram/bot/features/staff-report"
import { sharedBotI18n } from "../modules/telegram/bot/i18n"
import { outboundTelegramApi } from "../modules/telegram/outbound-api"

/** Tashkent is UTC+5 all year (no DST); the scheduler runs cron in the server's zone, UTC. */
const TASHKENT_UTC_OFFSET_HOURS = 5

/** The day's digest (what /report answers) to every staff chat; a chat Telegram refuses is logged and the rest go on. */
export default async function sendDailyDigest(container: MedusaContainer): Promise<{ sent: number }> {
  const api = outboundTelegramApi()
  if (!api) return { sent: 0 }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const chats = await container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).listStaffChats({}, { take: null })
  let sent = 0
  for (const chat of chats) {
    try {
      const language = staffLanguage(chat.language)
      await api.sendMessage(chat.staff_chat_id, await staffDigestText(container, sharedBotI18n(), chat.seller_id, language, new Date()))
      sent += 1
    } catch (error) {
      logger.warn(`reports: the daily digest to ${chat.staff_chat_id} failed: ${(error as Error).message}`)
    }
  }
  return { sent }
}

export const config = {
  name: "send-daily-digest",
  schedule: `0 ${(readEnv().REPORTS_DIGEST_HOUR - TASHKENT_UTC_OFFSET_HOURS + 24) % 24} * * *`,
}
