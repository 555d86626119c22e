import { Composer } from "grammy"
import type { BotContext } from "../context"
import { languageKeyboard, mainMenuKeyboard } from "../keyboards"
import type { I18n } from "@grammyjs/i18n"
import { showBakery, showProduct } from "./catalog"

/**
 * /start: the language choice on first contact, then the main menu. Deep links open a product (`p_<handle>`) or a
 * bakery (`b_<handle>`) straight away.
 */
export function startFeature(i18n: I18n<BotContext>) {
  const composer = new Composer<BotContext>()
  composer.command("start", async (ctx) => {
    const payload = ctx.match.trim()
    if (payload.startsWith("p_")) return showProduct(ctx, { handle: payload.slice(2) })
    if (payload.startsWith("b_")) return showBakery(ctx, payload.slice(2))
    if (!ctx.shopUser.language) return ctx.reply(i18n.t("ru", "choose-language"), { reply_markup: languageKeyboard(i18n) })
    await ctx.reply(ctx.t("welcome", { name: ctx.shopUser.first_name }))
    await ctx.reply(ctx.t("main-menu"), { reply_markup: mainMenuKeyboard(ctx) })
  })
  return composer
}
