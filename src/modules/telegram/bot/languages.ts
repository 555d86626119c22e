import fs from "node:fs"
import path from "node:path"

/** The bot's languages: Russian (the default), Uzbek in Latin script, English. */
export const BOT_LANGUAGES = ["ru", "uz", "en"] as const
export type BotLanguage = (typeof BOT_LANGUAGES)[number]
export const DEFAULT_LANGUAGE: BotLanguage = "ru"

/** The locale Medusa's Translation module keeps each language's texts under (as the seed writes them). */
export const CATALOG_LOCALES: Record<BotLanguage, string | undefined> = { ru: "ru-RU", uz: "uz-Latn-UZ", en: undefined }

export const isBotLanguage = (value: unknown): value is BotLanguage => BOT_LANGUAGES.includes(value as BotLanguage)

/** A Telegram client's language_code as one of ours (uz-Cyrl and kk fall back to Russian, others to the default). */
export function languageOfTelegramCode(code: string | undefined): BotLanguage {
  const base = code?.toLowerCase().split("-")[0]
  return isBotLanguage(base) ? base : DEFAULT_LANGUAGE
}

/*
 * `medusa build` compiles only TypeScript, so in a built server the Fluent files stay in the source tree: look beside
 * this file first, then where the source is.
 */
export function localesDirectory(): string {
  const candidates = [
    path.join(__dirname, "locales"),
    path.resolve(__dirname, "../../../../../src/modules/telegram/bot/locales"),
    path.resolve(process.cwd(), "src/modules/telegram/bot/locales"),
  ]
  const found = candidates.find((candidate) => fs.existsSync(path.join(candidate, DEFAULT_LANGUAGE)))
  if (!found) throw new Error(`The bot's Fluent folders (ru/, uz/, en/) were not found in ${candidates.join(", ")}`)
  return found
}
