import { createConversation } from "@grammyjs/conversations"
import type { I18n } from "@grammyjs/i18n"
import { Composer, type Context } from "grammy"
import type { BotContext } from "../../context"
import { CALLBACK } from "../../keyboards"
import { checkoutConversation, CHECKOUT_CONVERSATION } from "./conversation"

/** /checkout and the cart's Checkout button start the checkout conversation (a running one starts over). */
export function checkoutFeature(i18n: I18n<BotContext>) {
  const composer = new Composer<BotContext>()
  composer.use(createConversation<BotContext, Context>(checkoutConversation(i18n), { id: CHECKOUT_CONVERSATION }))
  const begin = async (ctx: BotContext) => {
    await ctx.conversation.exitAll()
    await ctx.conversation.enter(CHECKOUT_CONVERSATION)
  }
  composer.command("checkout", begin)
  composer.callbackQuery(CALLBACK.checkout, async (ctx) => {
    await ctx.answerCallbackQuery()
    await begin(ctx)
  })
  return composer
}
