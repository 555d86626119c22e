import { InlineKeyboard } from "grammy"
import { maskRecipient } from "../../../lib/mask"
import { DEFAULT_LANGUAGE, isBotLanguage, type BotLanguage } from "../../telegram/bot/languages"
import { formatPrice } from "../../telegram/bot/money"
import { orderItemLine, wantedWhen } from "../../telegram/bot/notification-texts"
import { nextStatuses } from "../transitions"
import type { TicketView } from "./ticket-view"

/** Why staff cancel from the chat (a button each); the admin may write any reason. */
export const CANCEL_REASONS = ["out_of_stock", "customer_request", "no_capacity", "no_courier"] as const

/** Callback data of the posts' buttons: `tk:<ticket id>:<action>`; actions are statuses, `courier`, `cancel`, `cx:<reason>`, `back`. */
export const TICKET_CALLBACK = /^tk:([A-Za-z0-9_]+):([A-Za-z_]+)(?::([a-z_]+))?$/
const callbackOf = (ticketId: string, action: string) => `tk:${ticketId}:${action}`

/** The bot's translations as these texts use them (any I18n instance of the bot's Fluent files). */
export type Translator = { t(locale: string, key: string, variables?: Record<string, string | number>): string }

export const staffLanguage = (language: unknown): BotLanguage => (isBotLanguage(language) ? language : DEFAULT_LANGUAGE)

/** A cancel reason in a reader's language: one of the buttons' reasons, or the admin's own words. */
export function reasonText(i18n: Translator, language: BotLanguage, reason: string | null): string {
  if (!reason) return ""
  return (CANCEL_REASONS as readonly string[]).includes(reason) ? i18n.t(language, `staff-reason-${reason}`) : reason
}

/** The post's text: the order as the kitchen needs it, the customer's phone masked, and where the ticket stands. */
export function ticketPostText(i18n: Translator, language: BotLanguage, ticket: TicketView): string {
  const t = (key: string, args?: Record<string, string | number>) => i18n.t(language, key, args)
  const { order } = ticket
  const meta = order.metadata
  const when = wantedWhen(meta.wanted_date as string | null, meta.wanted_time as string | null, language)
  const fulfillmentKey = ticket.fulfillment === "PICKUP" ? "order-pickup" : "order-delivery"
  const lines = [
    t("staff-post-new", { number: ticket.display_id }),
    ...order.items.map(orderItemLine),
    meta.cake_message ? t("staff-post-cake-message", { text: String(meta.cake_message) }) : null,
    meta.card_text ? t("staff-post-card", { text: String(meta.card_text) }) : null,
    when ? t(`${fulfillmentKey}-when`, { when }) : t(fulfillmentKey),
    ticket.fulfillment === "DELIVERY" && order.address ? t("staff-post-address", { address: order.address }) : null,
    t("staff-post-customer", { name: order.customer_name ?? "—", phone: order.phone ? maskRecipient(order.phone) : "—" }),
    t("staff-post-total", { total: formatPrice(order.total, order.currency_code, language) }),
    "",
    t("staff-post-status", { status: t(`staff-status-${ticket.status}`) }),
    ticket.accepted_by_name ? t("staff-post-taken-by", { name: ticket.accepted_by_name }) : null,
    ticket.courier_name ? t("staff-post-courier", { name: ticket.courier_name }) : null,
    proofLine(t, ticket),
    ticket.status === "CANCELLED" ? t("staff-post-cancelled", { reason: reasonText(i18n, language, ticket.cancel_reason) }) : null,
  ]
  return lines.filter((line) => line !== null).join("\n")
}

/** On the road: how the courier adds a photo of the delivery (a reply names the order beyond doubt); then how many came. */
function proofLine(t: (key: string, args?: Record<string, string | number>) => string, ticket: TicketView): string | null {
  if (ticket.delivery_proof_count > 0) return t("staff-post-proofs", { count: ticket.delivery_proof_count })
  return ticket.status === "OUT_FOR_DELIVERY" ? t("staff-post-proof-hint") : null
}

/**
 * The buttons of a post: in the staff chat, accept and the kitchen's steps (pickup handed over there too); in the
 * courier chat, taking the delivery, then out for delivery and delivered. Finished tickets have none.
 */
export function ticketPostKeyboard(i18n: Translator, language: BotLanguage, ticket: TicketView, purpose: "STAFF" | "COURIER" | "REMINDER"): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  const t = (key: string) => i18n.t(language, key)
  const next = nextStatuses(ticket)
  if (purpose === "COURIER") {
    if (ticket.status === "READY" && !ticket.courier_id) keyboard.text(t("staff-button-take-delivery"), callbackOf(ticket.id, "courier"))
    else for (const to of next.filter((status) => status === "OUT_FOR_DELIVERY" || status === "DELIVERED")) keyboard.text(t(`staff-button-${to}`), callbackOf(ticket.id, to))
    return keyboard
  }
  for (const to of next.filter((status) => status !== "CANCELLED" && status !== "OUT_FOR_DELIVERY" && status !== "DELIVERED")) {
    keyboard.text(t(`staff-button-${to}`), callbackOf(ticket.id, to))
  }
  if (next.includes("CANCELLED") && ticket.status !== "NEW") keyboard.row().text(t("staff-button-cancel"), callbackOf(ticket.id, "cancel"))
  return keyboard
}

/** The reasons to choose from before a cancel, and the way back. */
export function cancelReasonsKeyboard(i18n: Translator, language: BotLanguage, ticketId: string): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  for (const reason of CANCEL_REASONS) keyboard.text(i18n.t(language, `staff-reason-${reason}`), `tk:${ticketId}:cx:${reason}`).row()
  return keyboard.text(i18n.t(language, "staff-button-back"), callbackOf(ticketId, "back"))
}
