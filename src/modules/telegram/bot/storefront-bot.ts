import type { MedusaContainer } from "@medusajs/framework/types"
import type { Bot } from "grammy"
import { readEnv } from "../../../config/env"
import type { BotContext } from "./context"
import { createBot } from "./create-bot"

let current: { key: string; bot: Promise<Bot<BotContext>> } | undefined

/**
 * The process's bot, made on first use (getMe once) and remade when its token or Bot API root changes; null when
 * TELEGRAM_BOT_TOKEN is unset (the bot is off, everything else runs).
 */
export function storefrontBot(container: MedusaContainer): Promise<Bot<BotContext>> | null {
  const env = readEnv()
  if (!env.TELEGRAM_BOT_TOKEN) return null
  const key = `${env.TELEGRAM_BOT_TOKEN}@${env.TELEGRAM_API_ROOT}`
  if (current?.key !== key) {
    const bot = createBot(container, { token: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT, redisUrl: env.REDIS_URL })
    const ready = bot.init().then(() => bot)
    // a failed getMe (Telegram unreachable) is tried again on the next update
    ready.catch(() => (current = undefined))
    current = { key, bot: ready }
  }
  return current.bot
}
