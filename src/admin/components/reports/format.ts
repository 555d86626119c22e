const amount = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 })
const count = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 })
const share = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 })

/** "180,000 UZS", "25.5 USD": amounts are Medusa's major units, always shown with their currency. */
export const formatMoney = (value: number, currencyCode: string) => `${amount.format(value)} ${currencyCode.toUpperCase()}`

export const formatCount = (value: number) => count.format(value)

/** A 0…1 ratio as a percentage; "-" where the reports answer null (nothing to divide by). */
export const formatRatio = (value: number | null) => (value === null ? "-" : share.format(value))

/** Column names of tables the page does not know yet: "add_on_title" → "Add on title". */
export const humanize = (key: string) => key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, " ")

/** A cell of a table the page does not know yet. */
export const formatCell = (value: unknown) => (value === null || value === undefined ? "-" : typeof value === "number" ? formatCount(value) : String(value))
