import type { I18n } from "@grammyjs/i18n"
import { MedusaError } from "@medusajs/framework/utils"
import { Composer } from "grammy"
import { STAFF_CHANNEL_MODULE } from "../../../staff-channel"
import { StaffChannelErrorCodes } from "../../../staff-channel/error-codes"
import { cancelReasonsKeyboard, staffLanguage, ticketPostKeyboard, TICKET_CALLBACK } from "../../../staff-channel/posts/ticket-post"
import { readTicketView } from "../../../staff-channel/posts/ticket-view"
import type StaffChannelModuleService from "../../../staff-channel/service"
import { TICKET_STATUSES, type TicketActor, type TicketStatus } from "../../../staff-channel/transitions"
import { claimDeliveryWorkflow } from "../../../../workflows/staff-channel/claim-delivery"
import { moveProductionTicket } from "../../../../workflows/staff-channel/move-production-ticket"
import type { BotContext } from "../context"
import { deliveryProofFeature } from "./delivery-proof"

/** Chat members Telegram reports as in the chat. */
const MEMBER_STATUSES = ["creator", "administrator", "member"]

const isStatus = (action: string): action is TicketStatus => (TICKET_STATUSES as readonly string[]).includes(action)

/**
 * The buttons of the staff and courier chats' posts. Only members of the chat the post is in may press them (Telegram
 * is asked); each press runs the staff-channel workflows and is answered with a short toast in the chat's language.
 * Couriers' photos of deliveries are taken by deliveryProofFeature. Nothing else from group chats reaches the storefront.
 */
export function staffFeature(i18n: I18n<BotContext>) {
  const composer = new Composer<BotContext>()
  composer.callbackQuery(TICKET_CALLBACK, async (ctx) => {
    const [, ticketId, action, reason] = ctx.match as RegExpMatchArray
    const staff = ctx.container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const [ticket] = await staff.listProductionTickets({ id: ticketId })
    const [chats] = ticket ? await staff.listStaffChats({ seller_id: ticket.seller_id }) : []
    const language = staffLanguage(chats?.language)
    const say = (key: string, args?: Record<string, string>) => ctx.answerCallbackQuery({ text: i18n.t(language, key, args) })
    const chatId = String(ctx.callbackQuery.message?.chat.id ?? "")
    const purpose = chats?.staff_chat_id === chatId ? "staff" : chats?.courier_chat_id === chatId ? "courier" : null
    if (!ticket || !purpose || !(await isMember(ctx, chatId))) return say("staff-answer-not-member")

    const from = ctx.from
    const actor: TicketActor = { type: purpose, id: String(from.id), name: [from.first_name, from.last_name].filter(Boolean).join(" ") }
    if (action === "cancel" || action === "back") {
      const view = await readTicketView(ctx.container.resolve("query"), ticket.id)
      const keyboard = action === "cancel" ? cancelReasonsKeyboard(i18n, language, ticket.id) : view && ticketPostKeyboard(i18n, language, view, "STAFF")
      if (keyboard) await ctx.editMessageReplyMarkup({ reply_markup: keyboard }).catch(() => undefined)
      return ctx.answerCallbackQuery()
    }
    try {
      if (action === "courier") await claimDeliveryWorkflow(ctx.container).run({ input: { ticket_id: ticket.id, actor } })
      else if (action === "cx") await moveProductionTicket(ctx.container, { ticket_id: ticket.id, to: "CANCELLED", actor, reason })
      else if (isStatus(action)) await moveProductionTicket(ctx.container, { ticket_id: ticket.id, to: action, actor })
      else return ctx.answerCallbackQuery()
      return say("staff-answer-done")
    } catch (error) {
      if (!MedusaError.isMedusaError(error)) throw error
      const now = await staff.retrieveProductionTicket(ticket.id)
      const answers: Record<string, [string, Record<string, string>]> = {
        [StaffChannelErrorCodes.TICKET_ALREADY_TAKEN]: ["staff-answer-taken", { name: now.accepted_by_name ?? "—" }],
        [StaffChannelErrorCodes.COURIER_ALREADY_ASSIGNED]: ["staff-answer-courier-taken", { name: now.courier_name ?? "—" }],
        [StaffChannelErrorCodes.NOT_TICKET_OWNER]: ["staff-answer-not-owner", { name: (purpose === "courier" ? now.courier_name : now.accepted_by_name) ?? "—" }],
        [StaffChannelErrorCodes.INVALID_STATUS_TRANSITION]: ["staff-answer-moved", { status: i18n.t(language, `staff-status-${now.status}`) }],
        [StaffChannelErrorCodes.DELIVERY_PROOF_REQUIRED]: ["staff-answer-proof-required", {}],
      }
      const [key, args] = answers[(error as MedusaError).code ?? ""] ?? ["staff-answer-failed", {}]
      return say(key, args)
    }
  })
  composer.use(deliveryProofFeature(i18n))
  composer.chatType(["group", "supergroup", "channel"]).use(() => undefined)
  return composer
}

/** Whether the update's sender is in the chat now, as Telegram reports it. */
export async function isMember(ctx: BotContext, chatId: string): Promise<boolean> {
  const member = await ctx.api.getChatMember(chatId, ctx.from!.id).catch(() => null)
  if (!member) return false
  return MEMBER_STATUSES.includes(member.status) || (member.status === "restricted" && member.is_member)
}
