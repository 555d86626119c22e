import type { I18n } from "@grammyjs/i18n"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { Composer, type Filter } from "grammy"
import { STAFF_CHANNEL_MODULE } from "../../../staff-channel"
import { StaffChannelErrorCodes } from "../../../staff-channel/error-codes"
import { staffLanguage } from "../../../staff-channel/posts/ticket-post"
import type StaffChannelModuleService from "../../../staff-channel/service"
import type { TicketActor } from "../../../staff-channel/transitions"
import { addDeliveryProofWorkflow } from "../../../../workflows/staff-channel/add-delivery-proof"
import { assertProofAllowed, MAX_DELIVERY_PROOFS } from "../../../../workflows/staff-channel/ticket-rules"
import type { BotContext } from "../context"
import { downloadTelegramPhoto, PHOTO_LIMITS, type PhotoRefusal } from "../download-photo"

type PhotoContext = Filter<BotContext, "message:photo" | "message:document">
type Ticket = Awaited<ReturnType<StaffChannelModuleService["retrieveProductionTicket"]>>
type Say = (key: string, args?: Record<string, string | number>) => Promise<unknown>

const DOWNLOAD_REFUSALS: Record<PhotoRefusal, string> = {
  unavailable: "staff-proof-unavailable",
  too_large: "staff-proof-too-large",
  too_many_pixels: "staff-proof-too-many-pixels",
  not_image: "staff-proof-not-image",
}

/**
 * Proof of delivery in the staff and courier chats: the courier who took a delivery replies to the order's post with a
 * photo (or a picture sent as a file). The reply names the order beyond doubt however busy the chat, and reaches the
 * bot even with Telegram's group privacy on. The photo is downloaded, checked like every upload and stored through
 * `add-delivery-proof`; every outcome is answered in the chat's language as a reply to the photo.
 */
export function deliveryProofFeature(i18n: I18n<BotContext>) {
  const composer = new Composer<BotContext>()
  composer.chatType(["group", "supergroup"]).on(["message:photo", "message:document"], async (ctx) => {
    const chatId = String(ctx.chat.id)
    const staff = ctx.container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
    const [chats] = await staff.listStaffChats({ $or: [{ staff_chat_id: chatId }, { courier_chat_id: chatId }] })
    if (!chats) return
    const language = staffLanguage(chats.language)
    const say: Say = (key, args) => ctx.reply(i18n.t(language, key, args), { reply_parameters: { message_id: ctx.message.message_id } })

    const repliedTo = ctx.message.reply_to_message
    const [post] = repliedTo ? await staff.listChannelPosts({ chat_id: chatId, message_id: repliedTo.message_id }, { select: ["id", "ticket_id"] }) : []
    if (!post) {
      // other photos are the chat's own business; answer only those most likely meant as a proof
      const toTheBot = repliedTo?.from?.id === ctx.me.id
      const [onTheRoad] = await staff.listProductionTickets({ seller_id: chats.seller_id, courier_id: String(ctx.from.id), status: "OUT_FOR_DELIVERY" }, { select: ["id"], take: 1 })
      if (toTheBot || onTheRoad) await say("staff-proof-no-ticket")
      return
    }

    const ticket = await staff.retrieveProductionTicket(post.ticket_id)
    const actor = { type: chats.courier_chat_id === chatId ? "courier" : "staff", id: String(ctx.from.id), name: [ctx.from.first_name, ctx.from.last_name].filter(Boolean).join(" ") } satisfies TicketActor
    const file = ctx.message.photo?.at(-1) ?? ctx.message.document!
    // the same photo again (or Telegram delivering the update twice, even at once) is kept once
    const kept = async () => {
      const [proofs, count] = await staff.listAndCountDeliveryProofs({ ticket_id: ticket.id }, { select: ["telegram_file_unique_id"] })
      return { count, already: proofs.some((proof) => proof.telegram_file_unique_id === file.file_unique_id) }
    }
    const savedAs = (count: number) => say("staff-proof-saved", { number: ticket.display_id, count, max: MAX_DELIVERY_PROOFS })
    const isCourier = ticket.courier_id === actor.id
    const before = await kept()
    if (isCourier && before.already) return savedAs(before.count)
    try {
      // checked before downloading, so nobody's photo but the courier's is fetched; the workflow checks again
      assertProofAllowed(ticket, actor.id, before.count)
      const download = await downloadTelegramPhoto(ctx.api, file.file_id, `delivery-${ticket.display_id}`)
      if (!download.ok) return say(DOWNLOAD_REFUSALS[download.refusal], PHOTO_LIMITS)
      await addDeliveryProofWorkflow(ctx.container).run({
        input: { ticket_id: ticket.id, actor, photo: download.photo, telegram_file_unique_id: file.file_unique_id, taken_at: new Date(ctx.message.date * 1000) },
      })
      return savedAs((await kept()).count)
    } catch (error) {
      // a twin of this update won the unique index: its photo is the one kept, this one's file was removed again
      const after = isCourier ? await kept() : null
      if (after?.already) return savedAs(after.count)
      return sayRefusal(ctx, i18n, language, say, error, await staff.retrieveProductionTicket(ticket.id))
    }
  })
  return composer
}

/** A refusal by the ticket's rules in the chat's words; anything else is logged and answered as a failure to retry. */
function sayRefusal(ctx: PhotoContext, i18n: I18n<BotContext>, language: string, say: Say, error: unknown, ticket: Ticket) {
  const code = MedusaError.isMedusaError(error) ? (error as MedusaError).code : undefined
  const number = ticket.display_id
  switch (code) {
    case StaffChannelErrorCodes.NOT_TICKET_COURIER:
      return say("staff-proof-not-courier", { number, name: ticket.courier_name ?? "—" })
    case StaffChannelErrorCodes.DELIVERY_PROOF_NOT_NOW:
      return say("staff-proof-not-now", { number, status: i18n.t(language, `staff-status-${ticket.status}`) })
    case StaffChannelErrorCodes.DELIVERY_PROOF_LIMIT:
      return say("staff-proof-limit", { number, max: MAX_DELIVERY_PROOFS })
    default:
      ctx.container.resolve(ContainerRegistrationKeys.LOGGER).warn(`staff channel: a delivery photo for order #${number} was not saved: ${(error as Error).message}`)
      return say("staff-proof-failed")
  }
}
