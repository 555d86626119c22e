import type { Context } from "grammy"
import type { I18n } from "@grammyjs/i18n"
import type { BotContext, BotConversation, ShopUser } from "./context"
import { DEFAULT_LANGUAGE } from "./languages"

/** Buttons a conversation's own questions carry (checkout `co:`, custom cake `cake:`); `co:start` begins a new one. */
const CONVERSATION_BUTTON = /^(co|cake):(?!start$)/

/**
 * While a conversation waits, any command and any other feature's button (the menu, the catalog, an old cart
 * message) end it and do what they say.
 */
export function isEscape(ctx: Context): boolean {
  if (ctx.message?.text?.startsWith("/")) return true
  const data = ctx.callbackQuery?.data
  return data !== undefined && !CONVERSATION_BUTTON.test(data)
}

/** What a button of `prefix` carries after it, when the update is such a tap. */
export const choice = (ctx: Context, prefix: string) => (ctx.callbackQuery?.data?.startsWith(prefix) ? ctx.callbackQuery.data.slice(prefix.length) : undefined)

/** Acknowledges a tapped choice so its spinner stops. */
export const answered = async <T>(answer: { ctx: Context; value: T }) => {
  if (answer.ctx.callbackQuery) await answer.ctx.answerCallbackQuery()
  return answer.value
}

export type Say = (key: string, args?: Record<string, string | number>) => string

/** The user as the outside middleware loaded them (recorded once, replayed after) and their texts. */
export async function speakerOf(conversation: BotConversation, i18n: I18n<BotContext>): Promise<{ user: ShopUser; t: Say }> {
  const user = await conversation.external((outside) => ({ ...outside.shopUser }))
  const language = user.language ?? DEFAULT_LANGUAGE
  return { user, t: (key, args) => i18n.t(language, key, args) }
}

/**
 * The next update this step accepts: an escape ends the conversation and is passed on (so /start or a menu button
 * still works); anything else unaccepted gets `otherwise` and the step waits again.
 */
export async function waitForAnswer<T>(
  conversation: BotConversation,
  accept: (ctx: Context) => T | undefined,
  otherwise: (ctx: Context) => unknown
): Promise<{ ctx: Context; value: T }> {
  for (;;) {
    const ctx = await conversation.wait()
    if (isEscape(ctx)) await conversation.halt({ next: true })
    const value = accept(ctx)
    if (value !== undefined) return { ctx, value }
    await otherwise(ctx)
  }
}
