import type { InlineKeyboard } from "grammy"
import { TELEGRAM_MODULE } from ".."
import type TelegramModuleService from "../service"
import { rememberTelegramFileWorkflow } from "../../../workflows/telegram/remember-telegram-file"
import type { BotContext } from "./context"

/**
 * Sends an image by its URL the first time and keeps the file_id Telegram answers with, so every later send of the
 * same image reuses Telegram's copy instead of fetching it again.
 */
export async function sendPhotoOnce(ctx: BotContext, url: string, extra: { caption: string; reply_markup: InlineKeyboard }) {
  const telegram = ctx.container.resolve<TelegramModuleService>(TELEGRAM_MODULE)
  const [cached] = await telegram.listTelegramFiles({ source_url: url })
  const sent = await ctx.replyWithPhoto(cached?.telegram_file_id ?? url, extra)
  const fileId = sent.photo?.at(-1)?.file_id
  if (!cached && fileId) {
    // two first sends of one image may race; the unique index keeps one, and either id works
    await rememberTelegramFileWorkflow(ctx.container)
      .run({ input: { source_url: url, telegram_file_id: fileId } })
      .catch(() => undefined)
  }
  return sent
}
