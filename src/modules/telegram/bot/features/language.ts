import { Composer } from "grammy"
import type { I18n } from "@grammyjs/i18n"
import { updateTelegramUserWorkflow } from "../../../../workflows/telegram/update-telegram-user"
import type { BotContext } from "../context"
import { languageKeyboard, mainMenuKeyboard } from "../keyboards"
import { isBotLanguage } from "../languages"

/** /language and the language buttons: the choice is saved on the user, so notifications speak it too. */
export function languageFeature(i18n: I18n<BotContext>) {
  const composer = new Composer<BotContext>()
  const askLanguage = (ctx: BotContext) => ctx.reply(ctx.t("choose-language"), { reply_markup: languageKeyboard(i18n) })
  composer.command("language", askLanguage)
  composer.callbackQuery("menu:language", async (ctx) => {
    await ctx.answerCallbackQuery()
    await askLanguage(ctx)
  })
  composer.callbackQuery(/^lang:(.+)$/, async (ctx) => {
    const language = ctx.match[1]
    if (!isBotLanguage(language)) return ctx.answerCallbackQuery()
    await updateTelegramUserWorkflow(ctx.container).run({ input: { telegram_id: String(ctx.from.id), language } })
    ctx.shopUser.language = language
    ctx.i18n.useLocale(language)
    await ctx.answerCallbackQuery({ text: ctx.t("language-saved") })
    await ctx.editMessageText(ctx.t("language-saved"))
    await ctx.reply(ctx.t("main-menu"), { reply_markup: mainMenuKeyboard(ctx) })
  })
  return composer
}
