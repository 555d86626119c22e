import { createRegionsWorkflow, createTaxRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { type SeedContext, missingFrom } from "./context"
import { REGION_GATEWAYS, REGIONS, SYSTEM_PAYMENT_PROVIDER, SYSTEM_TAX_PROVIDER } from "./data/store"

/** Region ids by name. */
export type RegionIds = Map<string, string>

export async function ensureRegions(ctx: SeedContext): Promise<RegionIds> {
  const { data: existing } = await ctx.query.graph({
    entity: "region",
    fields: ["id", "name"],
    filters: { name: REGIONS.map((region) => region.name) },
  })
  const ids: RegionIds = new Map(existing.map((region) => [region.name as string, region.id as string]))

  const missing = REGIONS.filter((region) => !ids.has(region.name))
  if (missing.length) {
    const { result } = await createRegionsWorkflow(ctx.container).run({
      input: { regions: missing.map((region) => ({ ...region, payment_providers: [SYSTEM_PAYMENT_PROVIDER] })) },
    })
    for (const region of result) ids.set(region.name, region.id)
  }
  ctx.tally.record("regions", REGIONS.length, missing.length)
  return ids
}

/**
 * Offers each configured gateway in the regions of its currency. Runs on every seed, so a gateway configured after
 * the first start is offered once `npm start` re-seeds (a new SEED_VERSION); staff can also switch providers per
 * region in the admin.
 */
export async function ensureRegionPaymentProviders(ctx: SeedContext, regionIds: RegionIds): Promise<void> {
  const registered = new Set((await ctx.container.resolve(Modules.PAYMENT).listPaymentProviders({ is_enabled: true })).map((provider) => provider.id))
  const { data: regions } = await ctx.query.graph({
    entity: "region",
    fields: ["id", "currency_code", "payment_providers.id"],
    filters: { id: [...regionIds.values()] },
  })
  let wanted = 0
  let added = 0
  for (const region of regions as { id: string; currency_code: string; payment_providers?: { id: string }[] }[]) {
    const current = (region.payment_providers ?? []).map((provider) => provider.id)
    const gateways = (REGION_GATEWAYS[region.currency_code] ?? []).filter((id) => registered.has(id))
    const missing = missingFrom(gateways, current)
    wanted += gateways.length
    if (!missing.length) continue
    await updateRegionsWorkflow(ctx.container).run({ input: { selector: { id: region.id }, update: { payment_providers: [...current, ...missing] } } })
    added += missing.length
  }
  ctx.tally.record("regionPaymentProviders", wanted, added)
}

/*
 * Country-level tax regions without a default rate: a small Bukhara kitchen on the turnover-tax regime charges
 * no VAT, so carts get no tax lines until an accountant sets rates in the admin.
 */
export async function ensureTaxRegions(ctx: SeedContext): Promise<void> {
  const countries = REGIONS.flatMap((region) => region.countries)
  const { data: existing } = await ctx.query.graph({
    entity: "tax_region",
    fields: ["id", "country_code", "parent_id"],
    filters: { country_code: countries },
  })
  const countriesWithTaxRegion = existing.filter((taxRegion) => !taxRegion.parent_id).map((taxRegion) => taxRegion.country_code as string)
  const missing = missingFrom(countries, countriesWithTaxRegion)
  if (missing.length) {
    await createTaxRegionsWorkflow(ctx.container).run({
      input: missing.map((country_code) => ({ country_code, provider_id: SYSTEM_TAX_PROVIDER })),
    })
  }
  ctx.tally.record("taxRegions", countries.length, missing.length)
}
