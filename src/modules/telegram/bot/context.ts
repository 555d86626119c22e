import type { MedusaContainer } from "@medusajs/framework/types"
import type { Conversation, ConversationFlavor } from "@grammyjs/conversations"
import type { I18nFlavor } from "@grammyjs/i18n"
import type { Context, SessionFlavor } from "grammy"
import { DEFAULT_LANGUAGE, type BotLanguage } from "./languages"

/** What the bot remembers between updates of one chat (kept in Redis or PostgreSQL). */
export type BotSession = { catalog_page?: number; cart_id?: string }

/** The Telegram user as the shop knows them: their customer and chosen language. */
export type ShopUser = { id: string; customer_id: string | null; language: BotLanguage | null; first_name: string; phone?: string | null }

export type BotContext = ConversationFlavor<
  Context &
    SessionFlavor<BotSession> &
    I18nFlavor & {
      container: MedusaContainer
      shopUser: ShopUser
    }
>

/**
 * Inside a conversation the context is a fresh grammY one (the plugin replays updates into it); the shop user, the
 * container and texts are read from the outside context through `conversation.external`.
 */
export type BotConversation = Conversation<BotContext, Context>

/** The language the user speaks with the bot: their choice, else the default. */
export const languageOf = (ctx: Pick<BotContext, "shopUser">): BotLanguage => ctx.shopUser.language ?? DEFAULT_LANGUAGE
