/*
 * Locale codes are BCP 47 tags as Medusa normalises them (normalizeLocale): a request's ?locale= or
 * x-medusa-locale must spell the same tag, since translations are looked up by exact locale_code.
 */
export const ENGLISH = "en-US"
export const RUSSIAN = "ru-RU"
/** Uzbek in Latin script, the official script in Uzbekistan; not among the Translation module's default locales. */
export const UZBEK = "uz-Latn-UZ"

export const SEED_LOCALES = [
  { code: ENGLISH, name: "English (United States)" },
  { code: RUSSIAN, name: "Russian (Russia)" },
  { code: UZBEK, name: "Uzbek (Latin, Uzbekistan)" },
] as const

/** Locales the demo texts are written in besides English, which is also the products' own language. */
export type TranslatedLocale = typeof RUSSIAN | typeof UZBEK
export type Translations<Fields> = Record<TranslatedLocale, Fields>
