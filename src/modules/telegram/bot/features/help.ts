import { Composer } from "grammy"
import type { BotContext } from "../context"
import { mainMenuKeyboard } from "../keyboards"

export const helpFeature = new Composer<BotContext>()
helpFeature.command("help", (ctx) => ctx.reply(ctx.t("help"), { reply_markup: mainMenuKeyboard(ctx) }))
// a conversation waiting for an answer has ended itself by now (see conversation-kit.ts)
helpFeature.command("cancel", (ctx) => ctx.reply(ctx.t("cancelled"), { reply_markup: mainMenuKeyboard(ctx) }))
helpFeature.callbackQuery("menu:help", async (ctx) => {
  await ctx.answerCallbackQuery()
  await ctx.reply(ctx.t("help"), { reply_markup: mainMenuKeyboard(ctx) })
})

/** Anything no feature answered: say so, and offer the menu (a stale button just gets its spinner stopped). */
export const fallbackFeature = new Composer<BotContext>()
fallbackFeature.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("not-understood") }))
fallbackFeature.on("message", (ctx) => ctx.reply(ctx.t("not-understood"), { reply_markup: mainMenuKeyboard(ctx) }))
