import crypto from "node:crypto"
import { container as appContainer } from "@medusajs/framework"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BotError } from "grammy"
import type { Update } from "grammy/types"
import { readEnv } from "../../../config/env"
import { storefrontBot } from "../../../modules/telegram/bot/storefront-bot"

const SECRET_HEADER = "x-telegram-bot-api-secret-token"

function secretMatches(given: string | undefined, expected: string): boolean {
  const [a, b] = [Buffer.from(given ?? ""), Buffer.from(expected)]
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

/**
 * POST /hooks/telegram: Telegram's webhook. Only a request carrying our secret is handled (else 401 and nothing
 * runs). A handled update always answers 200, also when a handler failed (the bot told the user and logged it), so
 * Telegram does not deliver the same update again and again.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const env = readEnv()
  if (!env.TELEGRAM_BOT_TOKEN) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The Telegram bot is off (TELEGRAM_BOT_TOKEN is not set).", "TELEGRAM_BOT_OFF")
  if (!secretMatches(req.get(SECRET_HEADER), env.TELEGRAM_WEBHOOK_SECRET ?? "")) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Wrong or missing X-Telegram-Bot-Api-Secret-Token.", "TELEGRAM_SECRET_INVALID")
  }
  const update = req.body as Update | undefined
  if (!update || typeof update.update_id !== "number") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The body is not a Telegram Update (no update_id).", "TELEGRAM_UPDATE_INVALID")
  }
  const ready = await storefrontBot(appContainer)!
  await ready.handleUpdate(update).catch((error) => (error instanceof BotError ? ready.errorHandler(error) : Promise.reject(error)))
  res.json({ ok: true })
}
