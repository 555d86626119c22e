import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import { staffLanguage, ticketPostKeyboard, ticketPostText } from "../../../modules/staff-channel/posts/ticket-post"
import { readTicketView } from "../../../modules/staff-channel/posts/ticket-view"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import { sharedBotI18n } from "../../../modules/telegram/bot/i18n"
import { outboundTelegramApi } from "../../../modules/telegram/outbound-api"
import type { DueReminder } from "./claim-reminder"

type Posted = { id: string; chat_id: string; message_id: number }

/**
 * The order again in the staff chat, as a reply to its first post with the accept button, so it is at the bottom of
 * the chat; the text also serves the admins' alert. Telegram failures are logged: the alert still goes.
 */
export const postReminderStep = createStep(
  "post-reminder",
  async (reminder: DueReminder, { container }) => {
    const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const [chats] = await staff.listStaffChats({ seller_id: reminder.seller_id })
    const language = staffLanguage(chats?.language)
    const text = sharedBotI18n().t(language, "staff-post-reminder", { number: reminder.display_id, minutes: reminder.minutes })
    const api = outboundTelegramApi()
    const ticket = await readTicketView(container.resolve(ContainerRegistrationKeys.QUERY), reminder.ticket_id)
    if (!api || !chats || !ticket) return new StepResponse({ text }, null as Posted | null)
    try {
      const first = ticket.posts.find((post) => post.purpose === "STAFF")
      const sent = await api.sendMessage(chats.staff_chat_id, `${text}\n\n${ticketPostText(sharedBotI18n(), language, ticket)}`, {
        reply_markup: ticketPostKeyboard(sharedBotI18n(), language, ticket, "REMINDER"),
        ...(first ? { reply_parameters: { message_id: first.message_id, allow_sending_without_reply: true } } : {}),
      })
      const post = await staff.createChannelPosts({ ticket_id: ticket.id, purpose: "REMINDER", chat_id: chats.staff_chat_id, message_id: sent.message_id })
      return new StepResponse({ text }, { id: post.id, chat_id: chats.staff_chat_id, message_id: sent.message_id } as Posted | null)
    } catch (error) {
      container.resolve(ContainerRegistrationKeys.LOGGER).error(`staff channel: the reminder of order #${reminder.display_id} failed: ${(error as Error).message}`)
      return new StepResponse({ text }, null as Posted | null)
    }
  },
  async (posted, { container }) => {
    if (!posted) return
    await outboundTelegramApi()?.deleteMessage(posted.chat_id, posted.message_id).catch(() => undefined)
    await container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).deleteChannelPosts(posted.id)
  }
)
