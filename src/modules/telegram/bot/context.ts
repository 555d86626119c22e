import type { MedusaContainer } from "@medusajs/framework/types"
import type { I18nFlavor } from "@grammyjs/i18n"
import type { Context, SessionFlavor } from "grammy"
import type { BotLanguage } from "./languages"

/** What the bot remembers between updates of one chat (kept in Redis or PostgreSQL). */
export type BotSession = { catalog_page?: number }

/** The Telegram user as the shop knows them: their customer and chosen language. */
export type ShopUser = { id: string; customer_id: string | null; language: BotLanguage | null; first_name: string }

export type BotContext = Context &
  SessionFlavor<BotSession> &
  I18nFlavor & {
    container: MedusaContainer
    shopUser: ShopUser
  }
