import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { InlineKeyboard } from "grammy"
import { readEnv } from "../../../config/env"
import { sharedBotI18n } from "../../../modules/telegram/bot/i18n"
import { CALLBACK } from "../../../modules/telegram/bot/keyboards"
import { DEFAULT_LANGUAGE, isBotLanguage } from "../../../modules/telegram/bot/languages"
import { orderItemName } from "../../../modules/telegram/bot/notification-texts"
import { outboundTelegramApi } from "../../../modules/telegram/outbound-api"
import { telegramChatOf } from "../../telegram/telegram-chat-of"

export type HoldExpiredInput = { cart_id: string; variant_ids: string[] }
type Sent = { chat_id: string; message_id: number }

/** Telegram allows 100 buttons; a cart of more lapsed items than this shows the first ones. */
const MAX_BUTTONS = 8

/**
 * Tells a Telegram customer, in their language, which items their cart no longer holds, with a button per item that
 * asks how many to add again (the cart feature's own callback). Nothing for carts of other customers, completed
 * carts, or when the bot is off; a failed send is logged, never retried into a second message.
 */
export const sendHoldExpiredMessageStep = createStep(
  "send-hold-expired-message",
  async (input: HoldExpiredInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [cart] } = await query.graph({ entity: "cart", fields: ["customer_id", "completed_at"], filters: { id: input.cart_id } })
    const chat = cart?.customer_id && !cart.completed_at ? await telegramChatOf(container, cart.customer_id) : null
    const api = outboundTelegramApi()
    if (!chat || !api) return new StepResponse(null as Sent | null)
    const language = isBotLanguage(chat.language) ? chat.language : DEFAULT_LANGUAGE
    const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "title", "product.title"], filters: { id: input.variant_ids } })
    const items = variants.map((variant) => ({ id: variant.id as string, name: orderItemName({ title: variant.product?.title ?? "", variant_title: variant.title }) }))
    const i18n = sharedBotI18n()
    const keyboard = new InlineKeyboard()
    for (const item of items.slice(0, MAX_BUTTONS)) keyboard.text(i18n.t(language, "hold-readd", { item: item.name }), CALLBACK.chooseQuantity(item.id)).row()
    const text = i18n.t(language, "hold-expired", { minutes: readEnv().CART_HOLD_MINUTES, items: items.map((item) => `• ${item.name}`).join("\n") })
    try {
      const sent = await api.sendMessage(chat.chat_id, text, { reply_markup: keyboard })
      return new StepResponse({ chat_id: chat.chat_id, message_id: sent.message_id } as Sent | null)
    } catch (error) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`cart holds: telling cart ${input.cart_id}'s customer failed: ${(error as Error).message}`)
      return new StepResponse(null as Sent | null)
    }
  }
)
