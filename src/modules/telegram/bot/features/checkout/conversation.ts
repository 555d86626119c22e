import type { I18n } from "@grammyjs/i18n"
import type { Context } from "grammy"
import type { SlotType } from "../../../../scheduling/slots"
import { readCart } from "../../cart"
import { type BotContext, type BotConversation, languageOf } from "../../context"
import { speakerOf, type Say } from "../../conversation-kit"
import { dayLabel } from "../../dates"
import { type BotLanguage, DEFAULT_LANGUAGE } from "../../languages"
import { mainMenuKeyboard } from "../../keyboards"
import { cartText } from "../cart"
import { applyCheckout, checkoutStart, savePhone, type CheckoutAnswers } from "./checkout-data"
import { offeredGateways, paymentKeyboard } from "./payment-choices"
import { askAddress, askFulfillment, askOptionalText, askPhone, TEXT_LIMITS } from "./questions"
import { askSlot, holdSlot, slotLabel, slotOffer } from "./slot-choices"

export const CHECKOUT_CONVERSATION = "checkout"

/** The order as the customer confirms it: the cart's lines and totals, then how and when it reaches them. */
function summary(ctx: BotContext, cartLines: string, answers: CheckoutAnswers): string {
  const language = languageOf(ctx)
  const details = [
    ctx.t(`checkout-summary-${answers.fulfillment}`),
    answers.fulfillment === "delivery" ? ctx.t("checkout-summary-address", { address: answers.address ?? ctx.t("checkout-summary-location") }) : null,
    answers.wanted_date && answers.wanted_time ? ctx.t("checkout-summary-when", { day: dayLabel(answers.wanted_date, language), time: answers.wanted_time }) : null,
    ctx.t("checkout-summary-phone", { phone: answers.phone }),
    answers.cake_message ? ctx.t("checkout-summary-cake-message", { text: answers.cake_message }) : null,
    answers.card_text ? ctx.t("checkout-summary-card", { text: answers.card_text }) : null,
  ]
  return `${cartLines}\n\n${details.filter((line) => line !== null).join("\n")}\n\n${ctx.t("checkout-choose-payment")}`
}

/**
 * The slot for the order, held as soon as it is chosen; a refusal (taken meanwhile, too soon…) is explained and the
 * slots are offered again. Null when there is none to offer (the customer was told why); no times for a seller who
 * does not schedule orders.
 */
async function askWhen(conversation: BotConversation, ctx: Context, t: Say, language: BotLanguage, cartId: string, type: SlotType) {
  for (;;) {
    const now = await conversation.now()
    const offer = await conversation.external((outside) => slotOffer(outside, cartId, type, now))
    if (!offer.scheduled) return { wanted_date: null, wanted_time: null }
    if (offer.refusal || !offer.slots.length) {
      await ctx.reply(offer.refusal ? t(offer.refusal) : t("checkout-no-slots"))
      return null
    }
    const slot = await askSlot(conversation, ctx, t, language, offer.slots)
    const refusal = await conversation.external((outside) => holdSlot(outside, cartId, type, slot))
    if (!refusal) return { wanted_date: slot.date, wanted_time: slotLabel(slot) }
    await ctx.reply(t(refusal))
  }
}

/**
 * Checkout, one question at a time: phone (contact button or typed), pickup or delivery (the cart's shipping
 * options), address or shared location, one of the seller's bookable slots (held for the cart at once; a refusal is
 * explained and the slots offered again), message on the cake (when the cart holds one), card text. The answers go
 * onto the cart through Medusa's cart workflows; the summary ends with the payment buttons.
 */
export function checkoutConversation(i18n: I18n<BotContext>) {
  return async function checkout(conversation: BotConversation, ctx: Context) {
    const { user, t } = await speakerOf(conversation, i18n)
    const language = user.language ?? DEFAULT_LANGUAGE
    const start = await conversation.external((outside) => checkoutStart(outside))
    if (!start) {
      await conversation.external((outside) => outside.reply(outside.t("cart-empty"), { reply_markup: mainMenuKeyboard(outside) }))
      return
    }
    const phone = await askPhone(conversation, ctx, t, user.phone ?? null)
    const options = await conversation.external((outside) => savePhone(outside, start, phone))
    if (!options.pickup && !options.delivery) {
      await ctx.reply(t("checkout-no-fulfillment"))
      return
    }
    const currency = await conversation.external(async (outside) => (await readCart(outside, start.cart_id))?.currency_code ?? "uzs")
    const fulfillment = await askFulfillment(conversation, ctx, t, options, currency, language)
    const place = fulfillment === "delivery" ? await askAddress(conversation, ctx, t) : { address: null, location: null }
    const when = await askWhen(conversation, ctx, t, language, start.cart_id, fulfillment === "delivery" ? "DELIVERY" : "PICKUP")
    if (!when) return
    const cakeMessage = start.has_cake ? await askOptionalText(conversation, ctx, t, "checkout-ask-cake-message", TEXT_LIMITS.cake_message) : null
    const cardText = await askOptionalText(conversation, ctx, t, "checkout-ask-card-text", TEXT_LIMITS.card_text)
    const answers: CheckoutAnswers = { phone, fulfillment, ...place, ...when, cake_message: cakeMessage, card_text: cardText }
    await conversation.external(async (outside) => {
      const full = { ...start, options }
      await applyCheckout(outside, full, answers)
      const cart = await readCart(outside, start.cart_id)
      if (!cart) return outside.reply(outside.t("cart-empty"), { reply_markup: mainMenuKeyboard(outside) })
      const gateways = await offeredGateways(outside, cart.id)
      if (!gateways.length) return outside.reply(outside.t("checkout-no-payment"), { reply_markup: mainMenuKeyboard(outside) })
      return outside.reply(summary(outside, cartText(outside, cart), answers), { reply_markup: paymentKeyboard(outside, gateways) })
    })
  }
}
