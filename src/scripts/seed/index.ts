import type { MedusaContainer } from "@medusajs/framework/types"
import { type SeedCounts, createSeedContext } from "./context"
import { UZBEKISTAN_REGION } from "./data/store"
import { ensureBakeries } from "./ensure-bakeries"
import { ensureCategories } from "./ensure-categories"
import { ensureDefaultShippingProfile, ensureShippingOptions } from "./ensure-fulfillment"
import { ensureInventoryLevels } from "./ensure-inventory-levels"
import { ensureLocales } from "./ensure-locales"
import { ensureProductTags, ensureProductTypes } from "./ensure-product-attributes"
import { ensureProducts } from "./ensure-products"
import { ensurePricing } from "./ensure-pricing"
import { ensureSlotTemplates } from "./ensure-slot-templates"
import { ensureRegionPaymentProviders, ensureRegions, ensureTaxRegions } from "./ensure-regions"
import { ensurePublishableKeys, ensureSalesChannels } from "./ensure-sales-channels"
import { ensureStockLocation } from "./ensure-stock-location"
import { ensureStoreSettings, finishStore } from "./ensure-store"
import { ensureTranslations } from "./ensure-translations"
import { SEED_VERSION } from "./version"

// version.ts stays free of Medusa imports: the launcher (scripts/start.ts) reads it without booting Medusa.
export { SEED_VERSION } from "./version"
export { SEED_VERSION_KEY } from "./ensure-store"

export type SeedSummary = SeedCounts & {
  /** How many of each were made by this run; all zero on a re-run. */
  created: SeedCounts
  createdSomething: boolean
  seedVersion: number
  /** Publishable API key tokens by key title ("Telegram storefront", "Web storefront"). */
  publishableKeyTokens: Record<string, string>
}

export type SeedOptions = {
  /** The demo bakeries, their cakes and the pending application (default true); off for tests that need none. */
  bakeries?: boolean
  /**
   * The kitchen's week of pickup and delivery slots (default false; the seed and bootstrap scripts turn it on). Off
   * for test suites about other things: a seller with slots needs one held before any of its carts completes.
   */
  slots?: boolean
}

/**
 * Seeds the Dasturxon demo store. Idempotent: every record is looked up by its natural key (name, title,
 * handle, value) and only missing ones are created, so a second run changes nothing.
 */
export async function seedDemoStore(container: MedusaContainer, { bakeries = true, slots = false }: SeedOptions = {}): Promise<SeedSummary> {
  const ctx = createSeedContext(container)

  await ensureLocales(ctx)
  const store = await ensureStoreSettings(ctx)

  const channelIds = await ensureSalesChannels(ctx)
  const publishableKeyTokens = await ensurePublishableKeys(ctx, channelIds)
  // Medusa's own default channel (and its default key) also sells the demo catalogue, so both storefront setups work.
  const sellingChannelIds = [...channelIds.values(), ...(store.default_sales_channel_id ? [store.default_sales_channel_id] : [])]

  const regionIds = await ensureRegions(ctx)
  await ensureRegionPaymentProviders(ctx, regionIds)
  await ensureTaxRegions(ctx)

  const locationId = await ensureStockLocation(ctx, sellingChannelIds)
  const shippingProfileId = await ensureDefaultShippingProfile(ctx)
  await ensureShippingOptions(ctx, locationId, shippingProfileId)

  const categoryIds = await ensureCategories(ctx)
  const tagIds = await ensureProductTags(ctx)
  const typeIds = await ensureProductTypes(ctx)
  const productIds = await ensureProducts(ctx, {
    categoryIds,
    tagIds,
    typeIds,
    salesChannelIds: sellingChannelIds,
    shippingProfileId,
  })
  await ensureInventoryLevels(ctx, locationId)
  await ensureTranslations(ctx, productIds, categoryIds)
  if (bakeries) await ensureBakeries(ctx, productIds)
  await ensurePricing(ctx)
  if (slots) await ensureSlotTemplates(ctx)

  await finishStore(ctx, { regionId: regionIds.get(UZBEKISTAN_REGION)!, locationId }, SEED_VERSION)

  return {
    ...ctx.tally.present,
    created: { ...ctx.tally.created },
    createdSomething: ctx.tally.createdSomething,
    seedVersion: SEED_VERSION,
    publishableKeyTokens,
  }
}
