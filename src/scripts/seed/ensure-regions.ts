import { createRegionsWorkflow, createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { type SeedContext, missingFrom } from "./context"
import { REGIONS, SYSTEM_PAYMENT_PROVIDER, SYSTEM_TAX_PROVIDER } from "./data/store"

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
