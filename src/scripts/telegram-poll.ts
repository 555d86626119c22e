import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../config/env"
import { createBot } from "../modules/telegram/bot/create-bot"
import { botSettingsOf } from "../modules/telegram/bot/storefront-bot"

/**
 * `npm run bot:poll`: the storefront bot by long polling, for local development without a public webhook URL.
 * grammY removes the webhook before polling (Telegram gives updates one way at a time); set it again when deploying.
 */
export default async function telegramPoll({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const env = readEnv()
  if (!env.TELEGRAM_BOT_TOKEN) {
    logger.error("TELEGRAM_BOT_TOKEN is not set: there is no bot to run.")
    return
  }
  const bot = createBot(container, botSettingsOf(env, env.TELEGRAM_BOT_TOKEN))
  process.once("SIGINT", () => void bot.stop())
  process.once("SIGTERM", () => void bot.stop())
  await bot.start({ onStart: (me) => logger.info(`Telegram bot @${me.username} is polling; stop it with Ctrl-C.`) })
}
