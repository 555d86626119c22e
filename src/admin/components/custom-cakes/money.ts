import { formatUzs } from "../pricing/format"

/** An amount in major units of its currency; UZS the way the pricing pages show it. */
export function formatMoney(amount: number | null, currencyCode: string): string {
  if (amount === null) return "-"
  if (currencyCode.toLowerCase() === "uzs") return formatUzs(amount)
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
}
