import { autoRetry } from "@grammyjs/auto-retry"
import { apiThrottler } from "@grammyjs/transformer-throttler"
import { Api } from "grammy"
import { readEnv } from "../../config/env"
import { pacedSends } from "./pacing"

let current: { key: string; api: Api } | undefined

/**
 * The Bot API client of workflow steps that post and edit outside an update (the staff chats' posts): retried on
 * 429 / 5xx and paced to Telegram's group limits; null when TELEGRAM_BOT_TOKEN is unset.
 */
export function outboundTelegramApi(): Api | null {
  const env = readEnv()
  if (!env.TELEGRAM_BOT_TOKEN) return null
  const key = `${env.TELEGRAM_BOT_TOKEN}@${env.TELEGRAM_API_ROOT}`
  if (current?.key !== key) {
    const api = new Api(env.TELEGRAM_BOT_TOKEN, { apiRoot: env.TELEGRAM_API_ROOT })
    api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 10 }))
    api.config.use(pacedSends(apiThrottler()))
    current = { key, api }
  }
  return current.api
}
