import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import { reasonText } from "../../../modules/staff-channel/posts/ticket-post"
import { sharedBotI18n } from "../../../modules/telegram/bot/i18n"
import { DEFAULT_LANGUAGE, isBotLanguage } from "../../../modules/telegram/bot/languages"
import { customerOfOrder } from "../../../modules/telegram/bot/order-queries"
import { telegramChatOf } from "../../telegram/telegram-chat-of"

/**
 * The customer's message for a ticket's new status (production.accepted, production.ready, …) in their language, to
 * their Telegram chat; none when they do not use the bot. One per ticket and status, whatever repeats.
 */
export const ticketCustomerNotificationStep = createStep("ticket-customer-notification", async ({ ticket_id }: { ticket_id: string }, { container }) => {
  const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
  const ticket = await staff.retrieveProductionTicket(ticket_id)
  const customerId = await customerOfOrder(container.resolve(ContainerRegistrationKeys.QUERY), ticket.order_id)
  const chat = customerId ? await telegramChatOf(container, customerId) : null
  if (!chat) return new StepResponse([] as CreateNotificationDTO[])
  const language = isBotLanguage(chat.language) ? chat.language : DEFAULT_LANGUAGE
  const status = ticket.status.toLowerCase()
  return new StepResponse([
    {
      to: chat.chat_id,
      channel: "telegram",
      template: `production.${status}`,
      idempotency_key: `telegram:production.${status}:${ticket.id}`,
      data: {
        locale: language,
        order_id: ticket.order_id,
        display_id: ticket.display_id,
        fulfillment: ticket.fulfillment.toLowerCase(),
        rejection_reason: reasonText(sharedBotI18n(), language, ticket.cancel_reason),
      },
    },
  ] as CreateNotificationDTO[])
})
