import { InlineKeyboard } from "grammy"
import type { I18n } from "@grammyjs/i18n"
import { BOT_LANGUAGES } from "./languages"
import type { BotContext } from "./context"

/** Callback data: short (Telegram allows 64 bytes), prefixed by feature, so each composer answers its own. */
export const CALLBACK = {
  language: (code: string) => `lang:${code}`,
  menu: (item: string) => `menu:${item}`,
  category: (id: string, page = 1) => `cat:${id}:${page}`,
  product: (id: string) => `prod:${id}`,
  bakery: (id: string, page = 1) => `bak:${id}:${page}`,
  catalog: "menu:catalog",
  cart: "menu:cart",
  chooseQuantity: (variantId: string) => `add:${variantId}`,
  addToCart: (variantId: string, quantity: number) => `addq:${variantId}:${quantity}`,
  changeLine: (itemId: string, change: "inc" | "dec" | "del") => `line:${itemId}:${change}`,
  clearCart: "cart:clear",
  checkout: "co:start",
  pay: (gateway: string) => `pay:${gateway}`,
} as const

/** Each language in its own name, so anyone can find theirs. */
export function languageKeyboard(i18n: I18n<BotContext>): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  for (const code of BOT_LANGUAGES) keyboard.text(i18n.t(code, "language-name"), CALLBACK.language(code))
  return keyboard
}

export function mainMenuKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("menu-catalog"), CALLBACK.catalog)
    .text(ctx.t("menu-cart"), CALLBACK.cart)
    .row()
    .text(ctx.t("menu-orders"), CALLBACK.menu("orders"))
    .text(ctx.t("menu-custom-cake"), CALLBACK.menu("custom-cake"))
    .row()
    .text(ctx.t("menu-help"), CALLBACK.menu("help"))
    .text(ctx.t("menu-language"), CALLBACK.menu("language"))
}
