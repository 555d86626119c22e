import type { MedusaContainer } from "@medusajs/framework/types"
import type { Bot } from "grammy"
import { readEnv, type Env } from "../../../config/env"
import type { BotContext } from "./context"
import { createBot, type BotSettings } from "./create-bot"

/** The bot's settings from the environment (the webhook's bot and `npm run bot:poll` run the same bot). */
export const botSettingsOf = (env: Env, token: string): BotSettings => ({ token, apiRoot: env.TELEGRAM_API_ROOT, rateLimit: env.TELEGRAM_RATE_LIMIT, redisUrl: env.REDIS_URL })

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
    const bot = createBot(container, botSettingsOf(env, env.TELEGRAM_BOT_TOKEN))
    const ready = bot.init().then(() => bot)
    // a failed getMe (Telegram unreachable) is tried again on the next update
    ready.catch(() => (current = undefined))
    current = { key, bot: ready }
  }
  return current.bot
}
