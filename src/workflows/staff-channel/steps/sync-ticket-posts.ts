import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Api } from "grammy"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import { staffLanguage, ticketPostKeyboard, ticketPostText } from "../../../modules/staff-channel/posts/ticket-post"
import { readTicketView, type TicketView } from "../../../modules/staff-channel/posts/ticket-view"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import { sharedBotI18n } from "../../../modules/telegram/bot/i18n"
import { outboundTelegramApi } from "../../../modules/telegram/outbound-api"

type Purpose = "STAFF" | "COURIER"
type NewPost = { id: string; chat_id: string; message_id: number }

/** The chats a ticket's posts belong in: the seller's staff chat, and the courier chat once a delivery is ready. */
function wantedPosts(ticket: TicketView, chats: { staff_chat_id: string; courier_chat_id: string | null }): [Purpose, string][] {
  const wanted: [Purpose, string][] = [["STAFF", chats.staff_chat_id]]
  const courierStage = ticket.fulfillment === "DELIVERY" && (ticket.status === "READY" || ticket.status === "OUT_FOR_DELIVERY" || ticket.status === "DELIVERED")
  if (courierStage && chats.courier_chat_id) wanted.push(["COURIER", chats.courier_chat_id])
  return wanted
}

/**
 * Brings the ticket's Telegram posts up to date: edits every post (reminders too) to the ticket's status and buttons,
 * and posts what is missing (the staff post on publish, the courier post when a delivery is ready). Telegram failures are logged, not
 * thrown: the ticket is the truth, the admin board shows it, and the next change or the reminder posts again.
 */
export const syncTicketPostsStep = createStep(
  "sync-ticket-posts",
  async ({ ticket_id }: { ticket_id: string | null }, { container }) => {
    const created: NewPost[] = []
    const api = ticket_id ? outboundTelegramApi() : null
    if (!api) return new StepResponse(created, created)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const staff = container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const ticket = await readTicketView(container.resolve(ContainerRegistrationKeys.QUERY), ticket_id!)
    if (!ticket) return new StepResponse(created, created)
    const [chats] = await staff.listStaffChats({ seller_id: ticket.seller_id })
    if (!chats) {
      logger.warn(`staff channel: no staff chat for seller ${ticket.seller_id}; order #${ticket.display_id} is on the admin's kitchen board only`)
      return new StepResponse(created, created)
    }
    const language = staffLanguage(chats.language)
    const text = ticketPostText(sharedBotI18n(), language, ticket)
    const keyboardOf = (purpose: TicketView["posts"][number]["purpose"]) => ticketPostKeyboard(sharedBotI18n(), language, ticket, purpose)
    for (const post of ticket.posts) {
      await editPost(api, post, text, keyboardOf(post.purpose)).catch((error: Error) =>
        logger.error(`staff channel: editing the ${post.purpose.toLowerCase()} post of order #${ticket.display_id} failed: ${error.message}`)
      )
    }
    for (const [purpose, chatId] of wantedPosts(ticket, chats).filter(([purpose]) => !ticket.posts.some((post) => post.purpose === purpose))) {
      try {
        const sent = await api.sendMessage(chatId, text, { reply_markup: keyboardOf(purpose) })
        const post = await staff.createChannelPosts({ ticket_id: ticket.id, purpose, chat_id: chatId, message_id: sent.message_id })
        created.push({ id: post.id, chat_id: chatId, message_id: sent.message_id })
      } catch (error) {
        logger.error(`staff channel: the ${purpose.toLowerCase()} post of order #${ticket.display_id} failed: ${(error as Error).message}`)
      }
    }
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (!created?.length) return
    const api = outboundTelegramApi()
    for (const post of created) await api?.deleteMessage(post.chat_id, post.message_id).catch(() => undefined)
    await container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).deleteChannelPosts(created.map((post) => post.id))
  }
)

/** Telegram refuses an edit that changes nothing ("message is not modified"); that is success here. */
async function editPost(api: Api, post: { chat_id: string; message_id: number }, text: string, reply_markup: ReturnType<typeof ticketPostKeyboard>) {
  try {
    await api.editMessageText(post.chat_id, post.message_id, text, { reply_markup })
  } catch (error) {
    if (!/message is not modified/i.test((error as Error).message)) throw error
  }
}
