import { z } from "zod"
import { TIME_OF_DAY } from "./slots"

/** The store's run-time switches, their types and their values until staff change them. */
export const StoreSwitchesSchema = z.object({
  shop_open: z.boolean().default(true),
  pickup_enabled: z.boolean().default(true),
  delivery_enabled: z.boolean().default(true),
  /** Payment providers turned off for now (e.g. "pp_click_click"), whatever the region offers. */
  disabled_payment_providers: z.array(z.string().min(1).max(100)).max(20).default([]),
  /** A courier delivery's fee in the store's currency (major units); null: the shipping option's own price. */
  delivery_fee: z.number().min(0).max(10_000_000).nullable().default(null),
  /** A cap on orders per slot over every template's capacity; null: the templates decide. */
  max_orders_per_slot: z.number().int().min(0).max(1000).nullable().default(null),
  /** Minutes between ordering and the start of the slot chosen. */
  lead_minutes: z.number().int().min(0).max(14 * 24 * 60).default(120),
  /** Longer lead times per product type (its value, e.g. {"cake": 2880, "bouquet": 120}); the longest in a cart counts. */
  lead_minutes_by_product_type: z.record(z.string().min(1).max(100), z.number().int().min(0).max(30 * 24 * 60)).default({}),
  /** After this wall-clock time ("HH:MM") no slot of the same day is sold; null: only the lead time counts. */
  same_day_cutoff: z.string().regex(TIME_OF_DAY, "a time of day written HH:MM").nullable().default(null),
})
export type StoreSwitches = z.infer<typeof StoreSwitchesSchema>
export type StoreSwitchKey = keyof StoreSwitches
export const STORE_SWITCH_KEYS = Object.keys(StoreSwitchesSchema.shape) as StoreSwitchKey[]
