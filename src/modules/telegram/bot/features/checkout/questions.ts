import { InlineKeyboard, Keyboard, type Context } from "grammy"
import { answered, choice, waitForAnswer, type Say } from "../../conversation-kit"
import type { BotConversation } from "../../context"
import type { BotLanguage } from "../../languages"
import { formatPrice } from "../../money"
import type { CheckoutStart, Fulfillment } from "./checkout-data"

export const TEXT_LIMITS = { address: 300, cake_message: 60, card_text: 500 } as const

/** +998901234567 from what Telegram or the customer gave (a 9-digit Uzbek number gets its country code). */
export function normalizePhone(raw: string): string | undefined {
  if (!/^\+?[\d\s()-]{9,24}$/.test(raw.trim())) return undefined
  const digits = raw.replace(/\D/g, "")
  const full = digits.length === 9 ? `998${digits}` : digits
  return full.length >= 10 && full.length <= 15 ? `+${full}` : undefined
}

export async function askPhone(conversation: BotConversation, ctx: Context, t: Say, saved: string | null): Promise<string> {
  const keyboard = new Keyboard().requestContact(t("checkout-share-phone")).resized().oneTime()
  const keep = saved ? t("checkout-keep-phone", { phone: saved }) : null
  if (keep) keyboard.row().text(keep)
  await ctx.reply(t("checkout-ask-phone"), { reply_markup: keyboard })
  const phone = await waitForAnswer(
    conversation,
    (answer) => {
      const contact = answer.message?.contact
      if (contact) return contact.user_id === answer.from?.id ? normalizePhone(contact.phone_number) : undefined
      const text = answer.message?.text
      if (text && keep && text === keep) return saved!
      return text ? normalizePhone(text) : undefined
    },
    (answer) => answer.reply(answer.message?.contact ? t("checkout-phone-not-yours") : t("checkout-phone-invalid"))
  )
  await ctx.reply(t("checkout-phone-saved"), { reply_markup: { remove_keyboard: true } })
  return phone.value
}

export async function askFulfillment(conversation: BotConversation, ctx: Context, t: Say, options: CheckoutStart["options"], currency: string, language: BotLanguage): Promise<Fulfillment> {
  const keyboard = new InlineKeyboard()
  for (const kind of ["pickup", "delivery"] as const) {
    const option = options[kind]
    if (option) keyboard.text(t(`checkout-${kind}`, { price: formatPrice(option.amount, currency, language) }), `co:f:${kind}`).row()
  }
  await ctx.reply(t("checkout-ask-fulfillment"), { reply_markup: keyboard })
  return answered(
    await waitForAnswer(
      conversation,
      (answer) => {
        const kind = choice(answer, "co:f:")
        return kind === "pickup" || kind === "delivery" ? (options[kind] ? kind : undefined) : undefined
      },
      (answer) => answer.reply(t("checkout-use-buttons"))
    )
  )
}

export async function askAddress(conversation: BotConversation, ctx: Context, t: Say) {
  const keyboard = new Keyboard().requestLocation(t("checkout-share-location")).resized().oneTime()
  await ctx.reply(t("checkout-ask-address"), { reply_markup: keyboard })
  const { value } = await waitForAnswer(
    conversation,
    (answer) => {
      const location = answer.message?.location
      if (location) return { address: null, location: { latitude: location.latitude, longitude: location.longitude } }
      const text = answer.message?.text?.trim()
      return text && text.length >= 5 && text.length <= TEXT_LIMITS.address && !text.startsWith("/") ? { address: text, location: null } : undefined
    },
    (answer) => answer.reply(t("checkout-address-invalid", { max: TEXT_LIMITS.address }))
  )
  await ctx.reply(t("checkout-address-saved"), { reply_markup: { remove_keyboard: true } })
  return value
}

/** A short free text, or null when skipped. */
export async function askOptionalText(conversation: BotConversation, ctx: Context, t: Say, question: string, max: number): Promise<string | null> {
  await ctx.reply(t(question, { max }), { reply_markup: new InlineKeyboard().text(t("checkout-skip"), "co:skip") })
  const value = await answered(await waitForAnswer(
    conversation,
    (answer) => {
      if (answer.callbackQuery?.data === "co:skip") return { text: null }
      const text = answer.message?.text?.trim()
      return text && text.length <= max && !text.startsWith("/") ? { text } : undefined
    },
    (answer) => answer.reply(t("checkout-text-too-long", { max }))
  ))
  return value.text
}
