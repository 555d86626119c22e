import type { BotLanguage } from "./languages"

const UZS_NAMES: Record<BotLanguage, string> = { ru: "сум", uz: "soʻm", en: "UZS" }
const NUMBER_LOCALES: Record<BotLanguage, string> = { ru: "ru-RU", uz: "uz-Latn-UZ", en: "en-US" }

/** A price as people write it: "280 000 сум", "280 000 soʻm", "UZS 280,000"; other currencies by Intl. */
export function formatPrice(amount: number, currencyCode: string, language: BotLanguage): string {
  if (currencyCode.toLowerCase() === "uzs") {
    const grouped = new Intl.NumberFormat(NUMBER_LOCALES[language], { maximumFractionDigits: 0 }).format(amount)
    return language === "en" ? `UZS ${grouped}` : `${grouped} ${UZS_NAMES[language]}`
  }
  return new Intl.NumberFormat(NUMBER_LOCALES[language], { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
}
