import { GrammyError, type InlineKeyboard } from "grammy"
import { TELEGRAM_MODULE } from ".."
import type TelegramModuleService from "../service"
import { rememberTelegramFileWorkflow } from "../../../workflows/telegram/remember-telegram-file"
import type { BotContext } from "./context"

/**
 * Sends an image by its URL the first time and keeps the file_id Telegram answers with, so every later send of the
 * same image reuses Telegram's copy instead of fetching it again. A file_id belongs to one bot: when Telegram refuses
 * a kept one (the bot token changed, or Telegram dropped the file), the image goes by URL again and its new id is kept.
 */
export async function sendPhotoOnce(ctx: BotContext, url: string, extra: { caption: string; reply_markup: InlineKeyboard }) {
  const telegram = ctx.container.resolve<TelegramModuleService>(TELEGRAM_MODULE)
  const [cached] = await telegram.listTelegramFiles({ source_url: url })
  if (cached) {
    try {
      return await ctx.replyWithPhoto(cached.telegram_file_id, extra)
    } catch (error) {
      if (!(error instanceof GrammyError) || error.error_code !== 400) throw error
    }
  }
  const sent = await ctx.replyWithPhoto(url, extra)
  const fileId = sent.photo?.at(-1)?.file_id
  if (fileId) {
    // two first sends of one image may race; either id works, so a failed write only costs a later upload
    await rememberTelegramFileWorkflow(ctx.container)
      .run({ input: { source_url: url, telegram_file_id: fileId } })
      .catch(() => undefined)
  }
  return sent
}
