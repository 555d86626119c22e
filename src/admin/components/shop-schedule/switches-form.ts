import { TIME_OF_DAY } from "../../../modules/scheduling/slots"
import type { StoreSwitches } from "./api"

/**
 * The switches as the form edits them: numbers as text (an empty box means "none": the option's own price, no cap),
 * providers as the set staff turned off. Pure, so the conversion is unit-tested.
 */
export type SwitchesForm = {
  shop_open: boolean
  pickup_enabled: boolean
  delivery_enabled: boolean
  disabled_payment_providers: string[]
  delivery_fee: string
  max_orders_per_slot: string
  lead_minutes: string
  /** Longer lead times per product type, written "cake=2880, bouquet=120". */
  type_leads: string
  /** "HH:MM", or empty for no cutoff. */
  same_day_cutoff: string
}

const text = (value: number | null) => (value === null ? "" : String(value))

export const switchesForm = (switches: StoreSwitches): SwitchesForm => ({
  shop_open: switches.shop_open,
  pickup_enabled: switches.pickup_enabled,
  delivery_enabled: switches.delivery_enabled,
  disabled_payment_providers: switches.disabled_payment_providers,
  delivery_fee: text(switches.delivery_fee),
  max_orders_per_slot: text(switches.max_orders_per_slot),
  lead_minutes: String(switches.lead_minutes),
  type_leads: Object.entries(switches.lead_minutes_by_product_type).map(([type, minutes]) => `${type}=${minutes}`).join(", "),
  same_day_cutoff: switches.same_day_cutoff ?? "",
})

/** "cake=2880, bouquet=120" → { cake: 2880, bouquet: 120 }; throws naming the part that is not "type=minutes". */
function typeLeads(value: string): Record<string, number> {
  const pairs = value.split(",").map((part) => part.trim()).filter(Boolean)
  return Object.fromEntries(
    pairs.map((pair) => {
      const [type, minutes] = pair.split("=").map((half) => half.trim())
      if (!type || !/^\d+$/.test(minutes ?? "")) throw new Error(`Lead time per product type: write "type=minutes" pairs, e.g. cake=2880; "${pair}" is not one.`)
      return [type, Number(minutes)]
    })
  )
}

/** Throws an Error naming the box that holds no number. */
function numberOrNull(value: string, label: string, { integer }: { integer: boolean }): number | null {
  if (!value.trim()) return null
  const number = Number(value)
  if (!Number.isFinite(number) || number < 0 || (integer && !Number.isInteger(number))) {
    throw new Error(`${label}: write ${integer ? "a whole number" : "a number"} of 0 or more, or leave it empty.`)
  }
  return number
}

function cutoff(value: string): string | null {
  if (!value.trim()) return null
  if (!TIME_OF_DAY.test(value.trim())) throw new Error("Same-day cutoff: write a time of day like 18:00, or leave it empty.")
  return value.trim()
}

/** What POST /admin/store-switches takes; the server validates ranges again. */
export function switchesChanges(form: SwitchesForm): Partial<StoreSwitches> {
  const lead = numberOrNull(form.lead_minutes, "Lead time", { integer: true })
  if (lead === null) throw new Error("Lead time: write the minutes between ordering and the slot, e.g. 120.")
  return {
    shop_open: form.shop_open,
    pickup_enabled: form.pickup_enabled,
    delivery_enabled: form.delivery_enabled,
    disabled_payment_providers: form.disabled_payment_providers,
    delivery_fee: numberOrNull(form.delivery_fee, "Delivery fee", { integer: false }),
    max_orders_per_slot: numberOrNull(form.max_orders_per_slot, "Orders per slot", { integer: true }),
    lead_minutes: lead,
    lead_minutes_by_product_type: typeLeads(form.type_leads),
    same_day_cutoff: cutoff(form.same_day_cutoff),
  }
}

/** "pp_payme_payme" → "Payme"; Medusa's ids are pp_<provider>_<id>. */
export const providerLabel = (id: string) => {
  const name = id.replace(/^pp_/, "").split("_")[0] ?? id
  return name === "system" ? "Manual (system)" : name.charAt(0).toUpperCase() + name.slice(1)
}
