import { SchedulingErrorCodes } from "./error-codes"
import { shopInstant } from "./slots"
import type { SlotType } from "./slots"
import type { StoreSwitches } from "./switches"

/** What the slot rules need to know of a cart's products (product metadata keys in README.md). */
export type ScheduledProduct = {
  title: string
  type: string | null
  /** Product metadata `lead_minutes`: this product's own lead time, over its type's. */
  lead_minutes: number | null
  /** Product metadata `available_from` / `available_to` ("HH:MM"): served only in slots starting in this window. */
  available_from: string | null
  available_to: string | null
}

export type SlotRefusal = { code: string; message: string }
type SlotRuleContext = { now: Date; switches: Pick<StoreSwitches, "lead_minutes" | "lead_minutes_by_product_type" | "same_day_cutoff">; timeZone: string }

/** Why no slot of this kind can be taken now (the shop closed, or this kind of order paused), or null when it can. */
export function closedRefusal(switches: Pick<StoreSwitches, "shop_open" | "pickup_enabled" | "delivery_enabled">, type: SlotType): SlotRefusal | null {
  if (!switches.shop_open) return { code: SchedulingErrorCodes.SHOP_CLOSED, message: "The shop is not taking orders right now; please try again later." }
  if (type === "DELIVERY" && !switches.delivery_enabled) return { code: SchedulingErrorCodes.DELIVERY_DISABLED, message: "Delivery is paused right now; choose pickup or try again later." }
  if (type === "PICKUP" && !switches.pickup_enabled) return { code: SchedulingErrorCodes.PICKUP_DISABLED, message: "Pickup is paused right now; choose delivery or try again later." }
  return null
}

/** The wall-clock date and time ("YYYY-MM-DD", "HH:MM") of an instant in a time zone. */
function wallClock(at: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((part) => [part.type, part.value])
  )
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` }
}

/** The cart's lead time: the store's, or longer for a product type or a product that needs it, with who needs it. */
export function cartLeadMinutes(products: ScheduledProduct[], switches: SlotRuleContext["switches"]): { minutes: number; title: string | null } {
  let lead = { minutes: switches.lead_minutes, title: null as string | null }
  for (const product of products) {
    const own = Math.max(product.lead_minutes ?? 0, (product.type && switches.lead_minutes_by_product_type[product.type]) || 0)
    if (own > lead.minutes) lead = { minutes: own, title: product.title }
  }
  return lead
}

const hoursText = (minutes: number) => (minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`)

/**
 * Why a cart may not take a slot, or null when it may: the same-day cutoff has passed, the slot starts sooner than
 * the cart's lead time, or a product is not served at that time of day. Shop, kind and capacity are checked where
 * the place is taken.
 */
export function slotRefusal(products: ScheduledProduct[], slot: { date: string; starts_at: string }, context: SlotRuleContext): SlotRefusal | null {
  const today = wallClock(context.now, context.timeZone)
  const cutoff = context.switches.same_day_cutoff
  if (cutoff && slot.date === today.date && today.time >= cutoff) {
    return { code: SchedulingErrorCodes.PAST_CUTOFF, message: `Orders for today close at ${cutoff}; choose a slot from tomorrow on.` }
  }
  const lead = cartLeadMinutes(products, context.switches)
  if (shopInstant(slot.date, slot.starts_at, context.timeZone).getTime() < context.now.getTime() + lead.minutes * 60_000) {
    const who = lead.title ? `"${lead.title}" needs` : "Orders need"
    return { code: SchedulingErrorCodes.LEAD_TIME, message: `${who} ${hoursText(lead.minutes)} before the slot starts; choose a later slot.` }
  }
  const unserved = products.find((product) => (product.available_from && slot.starts_at < product.available_from) || (product.available_to && slot.starts_at >= product.available_to))
  if (unserved) {
    return {
      code: SchedulingErrorCodes.NOT_AVAILABLE_NOW,
      message: `"${unserved.title}" is served from ${unserved.available_from ?? "00:00"} to ${unserved.available_to ?? "24:00"} only; choose a slot in that window or remove it from the cart.`,
    }
  }
  return null
}
