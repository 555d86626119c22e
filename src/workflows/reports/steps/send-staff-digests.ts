import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import { staffLanguage } from "../../../modules/staff-channel/posts/ticket-post"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import { staffDigestText } from "../../../modules/telegram/bot/features/staff-report"
import { sharedBotI18n } from "../../../modules/telegram/bot/i18n"
import { outboundTelegramApi } from "../../../modules/telegram/outbound-api"

/**
 * Posts the day's digest (what /report answers) to every staff chat in its language. A chat Telegram refuses is
 * logged and the others still get theirs. Nothing to compensate: a posted message is not taken back.
 */
export const sendStaffDigestsStep = createStep("send-staff-digests", async (input: { now: string }, { container }) => {
  const api = outboundTelegramApi()
  if (!api) return new StepResponse({ sent: 0, failed: 0 })
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const chats = await container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).listStaffChats({}, { take: null })
  let sent = 0
  for (const chat of chats) {
    try {
      await api.sendMessage(chat.staff_chat_id, await staffDigestText(container, sharedBotI18n(), chat.seller_id, staffLanguage(chat.language), new Date(input.now)))
      sent += 1
    } catch (error) {
      logger.warn(`reports: the daily digest to staff chat ${chat.id} failed: ${(error as Error).message}`)
    }
  }
  return new StepResponse({ sent, failed: chats.length - sent })
})
