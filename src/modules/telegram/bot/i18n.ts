import { I18n, type I18nConfig } from "@grammyjs/i18n"
import type { Context } from "grammy"
import { DEFAULT_LANGUAGE, localesDirectory } from "./languages"

/**
 * The bot's translations (locales/<language>/*.ftl, one file per feature). Fluent wraps variables in Unicode isolation marks by default; Telegram
 * shows them as stray characters in some clients, so they are off.
 */
export function botI18n<C extends Context = Context>(config: Partial<I18nConfig<C>> = {}): I18n<C> {
  return new I18n<C>({
    defaultLocale: DEFAULT_LANGUAGE,
    directory: localesDirectory(),
    fluentBundleOptions: { useIsolating: false },
    ...config,
  })
}

let shared: I18n | undefined

/** One process-wide instance for texts written outside an update (posts, notifications, alerts); loaded on first use. */
export const sharedBotI18n = (): I18n => (shared ??= botI18n())
