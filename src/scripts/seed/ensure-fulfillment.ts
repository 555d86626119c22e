import {
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"
import { FULFILLMENT_SETS, SHIPPING_OPTIONS } from "./data/fulfillment"
import { MANUAL_FULFILLMENT_PROVIDER } from "./data/store"

/** The fulfillment module creates a default profile on its first start; it is only made here if gone. */
export async function ensureDefaultShippingProfile(ctx: SeedContext): Promise<string> {
  const { data } = await ctx.query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  })
  if (data[0]) return data[0].id as string
  const { result } = await createShippingProfilesWorkflow(ctx.container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}

type FulfillmentSetRecord = { id: string; name: string; service_zones?: { id: string; name: string }[] }

async function findFulfillmentSets(ctx: SeedContext): Promise<Map<string, FulfillmentSetRecord>> {
  const { data } = await ctx.query.graph({
    entity: "fulfillment_set",
    fields: ["id", "name", "service_zones.id", "service_zones.name"],
    filters: { name: FULFILLMENT_SETS.map((set) => set.name) },
  })
  return new Map((data as FulfillmentSetRecord[]).map((set) => [set.name, set]))
}

/** Fulfillment sets of the location and their service zones. Returns service zone ids by zone name. */
async function ensureServiceZones(ctx: SeedContext, locationId: string): Promise<Map<string, string>> {
  let sets = await findFulfillmentSets(ctx)
  const missingSets = FULFILLMENT_SETS.filter((set) => !sets.has(set.name))
  for (const set of missingSets) {
    await createLocationFulfillmentSetWorkflow(ctx.container).run({
      input: { location_id: locationId, fulfillment_set_data: { name: set.name, type: set.type } },
    })
  }
  if (missingSets.length) sets = await findFulfillmentSets(ctx)

  const zoneIds = new Map<string, string>()
  const zonesToCreate = []
  for (const wantedSet of FULFILLMENT_SETS) {
    const set = sets.get(wantedSet.name)!
    for (const zone of wantedSet.serviceZones) {
      const existing = set.service_zones?.find((candidate) => candidate.name === zone.name)
      if (existing) zoneIds.set(zone.name, existing.id)
      else {
        zonesToCreate.push({
          fulfillment_set_id: set.id,
          name: zone.name,
          geo_zones: zone.countries.map((country_code) => ({ type: "country" as const, country_code })),
        })
      }
    }
  }
  if (zonesToCreate.length) {
    const { result } = await createServiceZonesWorkflow(ctx.container).run({ input: { data: zonesToCreate } })
    for (const zone of result) zoneIds.set(zone.name, zone.id)
  }

  ctx.tally.record("fulfillmentSets", FULFILLMENT_SETS.length, missingSets.length)
  ctx.tally.record("serviceZones", zoneIds.size, zonesToCreate.length)
  return zoneIds
}

export async function ensureShippingOptions(ctx: SeedContext, locationId: string, shippingProfileId: string): Promise<void> {
  const zoneIds = await ensureServiceZones(ctx, locationId)
  const { data: existing } = await ctx.query.graph({
    entity: "shipping_option",
    fields: ["id", "name"],
    filters: { name: SHIPPING_OPTIONS.map((option) => option.name) },
  })
  const existingNames = new Set(existing.map((option) => option.name as string))
  const missing = SHIPPING_OPTIONS.filter((option) => !existingNames.has(option.name))

  if (missing.length) {
    await createShippingOptionsWorkflow(ctx.container).run({
      input: missing.map((option) => ({
        name: option.name,
        price_type: "flat" as const,
        provider_id: MANUAL_FULFILLMENT_PROVIDER,
        service_zone_id: zoneIds.get(option.serviceZone)!,
        shipping_profile_id: shippingProfileId,
        type: option.type,
        prices: [
          { currency_code: "uzs", amount: option.prices.uzs },
          { currency_code: "usd", amount: option.prices.usd },
        ],
        // The store lists only options whose rules match enabled_in_store=true and is_return=false.
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
  }
  ctx.tally.record("shippingOptions", SHIPPING_OPTIONS.length, missing.length)
}
