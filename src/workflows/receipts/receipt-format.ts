import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type { ReceiptLanguage } from "./receipt-texts"

/** bignumber.js's ROUND_HALF_UP: 0.5 soʻm rounds up, as a cashier does. */
const ROUND_HALF_UP = 4

/** Currencies whose minor unit nobody pays in: UZS prices are whole soʻm (tiyin left circulation). */
const FRACTION_DIGITS: Record<string, number> = { uzs: 0, jpy: 0, krw: 0 }

const DECIMAL_MARK: Record<ReceiptLanguage, string> = { ru: ",", uz: ",", en: "." }
const UZS_NAMES: Record<ReceiptLanguage, string> = { ru: "сум", uz: "soʻm", en: "UZS" }

/** Whole units with a space between thousands: "1 234 567". */
const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, " ")

/**
 * An amount as the receipt prints it, exact (MathBN, never floats): "280 000 сум", "280 000 soʻm", "280 000 UZS",
 * "1 234.50 USD"; negative amounts with a leading "-".
 */
export function formatMoney(amount: BigNumberInput, currencyCode: string, language: ReceiptLanguage): string {
  const code = currencyCode.toLowerCase()
  const digits = FRACTION_DIGITS[code] ?? 2
  const rounded = MathBN.convert(amount).decimalPlaces(digits, ROUND_HALF_UP)
  const [whole, fraction] = rounded.abs().toFixed(digits).split(".")
  const sign = rounded.isNegative() && !rounded.isZero() ? "-" : ""
  const number = `${sign}${groupThousands(whole)}${fraction ? `${DECIMAL_MARK[language]}${fraction}` : ""}`
  return `${number} ${code === "uzs" ? UZS_NAMES[language] : code.toUpperCase()}`
}

/** A rate as people write it: 12 → "12", 12.5 → "12.5" (the column is a float; two decimals are plenty). */
export const formatRate = (rate: number) => String(Number(rate.toFixed(2)))

/** "07.12.2026 19:05" in the seller's time zone: the same digits in every language. */
export function formatPaidAt(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(iso))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? ""
  return `${part("day")}.${part("month")}.${part("year")} ${part("hour")}:${part("minute")}`
}
