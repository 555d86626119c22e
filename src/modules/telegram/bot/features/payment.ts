import { MedusaError } from "@medusajs/framework/utils"
import { Composer, InlineKeyboard } from "grammy"
import type { LabeledPrice } from "grammy/types"
import { readEnv } from "../../../../config/env"
import { soumToTiyin } from "../../../../lib/payments/money"
import { GatewayOutcomeCodes } from "../../../gateway/error-codes"
import { openCartPaymentWorkflow } from "../../../../workflows/storefront/open-cart-payment"
import { checkTelegramPaymentWorkflow } from "../../../../workflows/payments/telegram/check-telegram-payment"
import { completeTelegramPaymentWorkflow } from "../../../../workflows/payments/telegram/complete-telegram-payment"
import { TELEGRAM_INVOICE_CURRENCY } from "../../../../workflows/payments/telegram/telegram-payment-rules"
import { openCart, stockRefusalKey, type BotCart } from "../cart"
import { type BotContext, languageOf } from "../context"
import { CALLBACK, mainMenuKeyboard } from "../keyboards"
import { formatPrice } from "../money"
import { lineLabel } from "./cart"
import { BOT_GATEWAYS, isBotGateway, offeredGateways } from "./checkout/payment-choices"
import { slotRefusalKey } from "./checkout/slot-choices"

/** Telegram's limits for an invoice's title and description. */
const INVOICE_TITLE_MAX = 32
const INVOICE_DESCRIPTION_MAX = 255

const GATEWAY_NAMES = { payme: "Payme", click: "Click" } as const

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
const tiyin = (amount: number) => Number(soumToTiyin(amount))

/** One price per line and the delivery, when they add up to the total; else the total alone (discounts, taxes). */
function invoicePrices(ctx: BotContext, cart: BotCart): LabeledPrice[] {
  const lines = cart.items.map((line) => ({ label: clip(`${lineLabel(line)} × ${line.quantity}`, 60), amount: tiyin(line.total) }))
  if (cart.shipping_total > 0) lines.push({ label: ctx.t("invoice-delivery"), amount: tiyin(cart.shipping_total) })
  const sum = lines.reduce((total, line) => total + line.amount, 0)
  return sum === tiyin(cart.total) ? lines : [{ label: ctx.t("invoice-total"), amount: tiyin(cart.total) }]
}

/** Why Telegram must not charge, in the customer's words (shown by Telegram in the payment form). */
function preCheckoutRefusal(ctx: BotContext, error: unknown): string {
  const code = MedusaError.isMedusaError(error) ? (error as MedusaError).code : undefined
  if (code === GatewayOutcomeCodes.PAYMENT_ALREADY_PAID) return ctx.t("payment-already-paid")
  const key = stockRefusalKey(error) ?? slotRefusalKey(error)
  if (key) return ctx.t(key)
  return ctx.t("payment-invoice-outdated")
}

/**
 * Paying for the checked-out cart: a link to Payme's or Click's checkout, or a Telegram invoice. Telegram asks before
 * charging (answered from the same rules the gateways' endpoints use) and reports the charge, which makes the order.
 */
export const paymentFeature = new Composer<BotContext>()

paymentFeature.callbackQuery(/^pay:(.+)$/, async (ctx) => {
  await ctx.answerCallbackQuery()
  const gateway = ctx.match[1]
  const cart = await openCart(ctx)
  if (!cart?.items.length) return ctx.reply(ctx.t("cart-empty"), { reply_markup: mainMenuKeyboard(ctx) })
  if (!cart.shipping_methods.length) return ctx.reply(ctx.t("payment-checkout-first"), { reply_markup: new InlineKeyboard().text(ctx.t("cart-checkout"), CALLBACK.checkout) })
  if (!isBotGateway(gateway) || !(await offeredGateways(ctx, cart.id)).includes(gateway)) return ctx.reply(ctx.t("payment-method-unavailable"))
  const language = languageOf(ctx)
  const { result: payment } = await openCartPaymentWorkflow(ctx.container).run({ input: { cart_id: cart.id, provider_id: BOT_GATEWAYS[gateway], lang: language } })
  const total = formatPrice(cart.total, cart.currency_code, language)
  if (gateway !== "telegram") {
    const keyboard = new InlineKeyboard().url(ctx.t("pay-with", { provider: GATEWAY_NAMES[gateway] }), String(payment.data.checkout_url))
    return ctx.reply(ctx.t("payment-link", { total }), { reply_markup: keyboard })
  }
  const description = cart.items.map((line) => `${lineLabel(line)} × ${line.quantity}`).join(", ")
  await ctx.replyWithInvoice(
    clip(ctx.t("invoice-title"), INVOICE_TITLE_MAX),
    clip(description, INVOICE_DESCRIPTION_MAX),
    payment.session_id,
    TELEGRAM_INVOICE_CURRENCY,
    invoicePrices(ctx, cart),
    { provider_token: readEnv().TELEGRAM_PAYMENTS_PROVIDER_TOKEN }
  )
})

paymentFeature.on("pre_checkout_query", async (ctx) => {
  const query = ctx.preCheckoutQuery
  try {
    await checkTelegramPaymentWorkflow(ctx.container).run({
      input: { payment_session_id: query.invoice_payload, currency: query.currency, total_amount: query.total_amount },
    })
    await ctx.answerPreCheckoutQuery(true)
  } catch (error) {
    await ctx.answerPreCheckoutQuery(false, { error_message: preCheckoutRefusal(ctx, error) })
  }
})

paymentFeature.on("message:successful_payment", async (ctx) => {
  const paid = ctx.message.successful_payment
  const { result } = await completeTelegramPaymentWorkflow(ctx.container).run({
    input: {
      payment_session_id: paid.invoice_payload,
      currency: paid.currency,
      total_amount: paid.total_amount,
      telegram_payment_charge_id: paid.telegram_payment_charge_id,
      provider_payment_charge_id: paid.provider_payment_charge_id,
    },
  })
  if (!result.taken) return ctx.reply(ctx.t("payment-refused-after-charge"), { reply_markup: mainMenuKeyboard(ctx) })
  ctx.session.cart_id = undefined
  await ctx.reply(ctx.t("payment-received"))
})
