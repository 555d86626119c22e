import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { autoRetry } from "@grammyjs/auto-retry"
import { conversations } from "@grammyjs/conversations"
import { limit } from "@grammyjs/ratelimiter"
import { RedisAdapter } from "@grammyjs/storage-redis"
import { apiThrottler } from "@grammyjs/transformer-throttler"
import { Bot, session, type Context, type StorageAdapter } from "grammy"
import Redis from "ioredis"
import { TELEGRAM_MODULE } from ".."
import { ensureTelegramUserWorkflow } from "../../../workflows/telegram/ensure-telegram-user"
import { pacedSends } from "../pacing"
import type TelegramModuleService from "../service"
import type { BotContext, BotSession } from "./context"
import { cartFeature } from "./features/cart"
import { catalogFeature } from "./features/catalog"
import { checkoutFeature } from "./features/checkout"
import { customCakeFeature } from "./features/custom-cake"
import { fallbackFeature, helpFeature } from "./features/help"
import { languageFeature } from "./features/language"
import { ordersFeature } from "./features/orders"
import { paymentFeature } from "./features/payment"
import { staffFeature } from "./features/staff"
import { staffReportFeature } from "./features/staff-report"
import { startFeature } from "./features/start"
import { botI18n } from "./i18n"
import { DEFAULT_LANGUAGE, isBotLanguage, languageOfTelegramCode } from "./languages"
import { PostgresSessionStorage } from "./session-storage"

export type BotSettings = { token: string; apiRoot: string; rateLimit: number; redisUrl?: string; botInfo?: Bot["botInfo"] }

/** Per user: TELEGRAM_RATE_LIMIT updates in this window, then one polite answer and silence until it passes. */
const RATE_LIMIT_WINDOW_MS = 4000

/**
 * Telegram asks for about one message a second per chat but allows short bursts: a step of the storefront (an answer
 * and the next question) goes out at once, and a longer run is paced to one a second. Groups keep the plugin's pace.
 */
const PRIVATE_CHAT_PACE = { maxConcurrent: 1, reservoir: 4, reservoirIncreaseAmount: 1, reservoirIncreaseInterval: 1000, reservoirIncreaseMaximum: 4 }

/** A chat's state kept this long after its last update. */
const STATE_TTL_SECONDS = 30 * 24 * 3600

function chatStorage<T>(container: MedusaContainer, redis?: Redis): StorageAdapter<T> {
  if (redis) return new RedisAdapter<T>({ instance: redis, ttl: STATE_TTL_SECONDS })
  return new PostgresSessionStorage<T>(container.resolve<TelegramModuleService>(TELEGRAM_MODULE))
}

/**
 * The storefront bot: outgoing calls retried on 429/5xx (auto-retry) and paced to Telegram's limits (throttler);
 * incoming updates rate-limited per user, the shop's user and customer loaded, the language negotiated, then one
 * composer per feature. Handlers read through query and change things only through workflows.
 */
export function createBot(container: MedusaContainer, settings: BotSettings): Bot<BotContext> {
  const bot = new Bot<BotContext>(settings.token, { client: { apiRoot: settings.apiRoot }, botInfo: settings.botInfo })
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 10 }))
  bot.api.config.use(pacedSends(apiThrottler({ out: PRIVATE_CHAT_PACE })))
  const telegram = container.resolve<TelegramModuleService>(TELEGRAM_MODULE)
  const redis = settings.redisUrl ? new Redis(settings.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 }) : undefined

  const i18n = botI18n<BotContext>({
    useSession: false,
    localeNegotiator: (ctx) => ctx.shopUser?.language ?? languageOfTelegramCode(ctx.from?.language_code),
  })

  bot.use(
    limit<BotContext, Redis>({
      timeFrame: RATE_LIMIT_WINDOW_MS,
      limit: settings.rateLimit,
      // Telegram's own payment updates are never dropped: a paid order must not wait for a quiet moment
      keyGenerator: (ctx) => (ctx.preCheckoutQuery || ctx.message?.successful_payment ? undefined : ctx.from?.id.toString()),
      storageClient: redis ?? "MEMORY_STORE",
      keyPrefix: "telegram-rate:",
      // said once per window, in the user's chosen language; what comes after it in the window is dropped
      onLimitExceeded: async (ctx) => {
        const [user] = await telegram.listTelegramUsers({ telegram_id: String(ctx.from!.id) }, { select: ["language"] })
        const language = isBotLanguage(user?.language) ? user.language : languageOfTelegramCode(ctx.from?.language_code)
        await ctx.reply(i18n.t(language, "too-many-requests")).catch(() => undefined)
      },
    })
  )
  bot.use(async (ctx, next) => {
    ctx.container = container
    await next()
  })
  // staff and courier chats: their buttons, and nothing else of theirs reaches the storefront (no customers made)
  bot.use(staffReportFeature(i18n), staffFeature(i18n))
  bot.use(async (ctx, next) => {
    // a pre-checkout query carries no chat: it comes from the customer's private chat, whose id is theirs
    const chatId = ctx.chat?.id ?? (ctx.preCheckoutQuery ? ctx.from?.id : undefined)
    if (!ctx.from || chatId === undefined) return
    const { result } = await ensureTelegramUserWorkflow(container).run({
      input: {
        telegram_id: String(ctx.from.id),
        chat_id: String(chatId),
        first_name: ctx.from.first_name,
        last_name: ctx.from.last_name ?? null,
        username: ctx.from.username ?? null,
      },
    })
    ctx.shopUser = { id: result.id, customer_id: result.customer_id, language: isBotLanguage(result.language) ? result.language : null, first_name: result.first_name, phone: result.phone ?? null }
    await next()
  })
  bot.use(session({ initial: (): BotSession => ({}), storage: chatStorage<BotSession>(container, redis) }))
  bot.use(i18n)
  // conversations live beside the session (same store, own keys) so a restart or another instance resumes them
  bot.use(conversations<BotContext, Context>({ storage: { type: "key", adapter: chatStorage(container, redis), prefix: "conversation:" } }))
  // conversations first: one that is waiting takes its answers, and hands on (ending itself) what is not for it
  bot.use(checkoutFeature(i18n), customCakeFeature(i18n))
  bot.use(startFeature(i18n), languageFeature(i18n), helpFeature, catalogFeature, cartFeature, ordersFeature, paymentFeature, fallbackFeature)

  bot.catch(async (error) => {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`telegram bot: update ${error.ctx.update.update_id} failed: ${error.message}`)
    await error.ctx.reply(i18n.t(error.ctx.shopUser?.language ?? DEFAULT_LANGUAGE, "something-went-wrong")).catch(() => undefined)
  })
  return bot
}
