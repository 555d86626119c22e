import { readEnv } from "../../config/env"
import { TELEGRAM_MODULE } from "../../modules/telegram"
import type TelegramModuleService from "../../modules/telegram/service"

/** The customer's chat with the bot, when the bot runs and they have not blocked it; null otherwise. */
export async function telegramChatOf(container: { resolve: <T>(key: string) => T }, customerId: string) {
  if (!readEnv().TELEGRAM_BOT_TOKEN) return null
  const [user] = await container.resolve<TelegramModuleService>(TELEGRAM_MODULE).listTelegramUsers({ customer_id: customerId, blocked_at: null })
  return user ?? null
}
