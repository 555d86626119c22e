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
})

/** Throws an Error naming the box that holds no number. */
function numberOrNull(value: string, label: string, { integer }: { integer: boolean }): number | null {
  if (!value.trim()) return null
  const number = Number(value)
  if (!Number.isFinite(number) || number < 0 || (integer && !Number.isInteger(number))) {
    throw new Error(`${label}: write ${integer ? "a whole number" : "a number"} of 0 or more, or leave it empty.`)
  }
  return number
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
  }
}

/** "pp_payme_payme" → "Payme"; Medusa's ids are pp_<provider>_<id>. */
export const providerLabel = (id: string) => {
  const name = id.replace(/^pp_/, "").split("_")[0] ?? id
  return name === "system" ? "Manual (system)" : name.charAt(0).toUpperCase() + name.slice(1)
}
