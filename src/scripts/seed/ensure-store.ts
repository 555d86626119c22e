import type { UpdateStoreDTO } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { type SeedContext, missingFrom } from "./context"
import { SEED_LOCALES } from "./data/locales"
import { DEFAULT_CURRENCY, STORE_CURRENCIES, STORE_NAME } from "./data/store"

export const SEED_VERSION_KEY = "dasturxon_seed_version"

export type StoreRecord = {
  id: string
  name: string
  metadata: Record<string, unknown> | null
  default_sales_channel_id: string | null
  default_region_id: string | null
  default_location_id: string | null
  supported_currencies: { currency_code: string; is_default: boolean }[]
  supported_locales: { locale_code: string }[]
}

export async function findStore(ctx: SeedContext): Promise<StoreRecord> {
  const { data } = await ctx.query.graph({
    entity: "store",
    fields: [
      "id",
      "name",
      "metadata",
      "default_sales_channel_id",
      "default_region_id",
      "default_location_id",
      "supported_currencies.currency_code",
      "supported_currencies.is_default",
      "supported_locales.locale_code",
    ],
    pagination: { take: 1 },
  })
  const store = data[0] as StoreRecord | undefined
  if (!store) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "No store exists yet. Medusa creates it while booting (createDefaultsWorkflow); run the seed through `medusa exec` after `medusa db:migrate`."
    )
  }
  return store
}

async function updateStore(ctx: SeedContext, storeId: string, update: UpdateStoreDTO): Promise<void> {
  await updateStoresWorkflow(ctx.container).run({ input: { selector: { id: storeId }, update } })
}

/** Name, currencies and locales; done first because regions, prices and translations rely on them. */
export async function ensureStoreSettings(ctx: SeedContext): Promise<StoreRecord> {
  const store = await findStore(ctx)
  const update: UpdateStoreDTO = {}

  if (store.name !== STORE_NAME) update.name = STORE_NAME

  const currencies = store.supported_currencies ?? []
  const hasDefaultCurrency = currencies.some((c) => c.currency_code === DEFAULT_CURRENCY && c.is_default)
  const lacksCurrency = missingFrom<string>(STORE_CURRENCIES, currencies.map((c) => c.currency_code)).length > 0
  if (!hasDefaultCurrency || lacksCurrency) {
    // Exactly ours: a fresh store carries Medusa's placeholder EUR, which no Dasturxon region uses.
    update.supported_currencies = STORE_CURRENCIES.map((code) => ({ currency_code: code, is_default: code === DEFAULT_CURRENCY }))
  }

  const localeCodes = (store.supported_locales ?? []).map((l) => l.locale_code)
  const missingLocales = missingFrom<string>(SEED_LOCALES.map((l) => l.code), localeCodes)
  if (missingLocales.length) {
    update.supported_locales = [...localeCodes, ...missingLocales].map((code) => ({ locale_code: code }))
  }

  const changed = Object.keys(update).length > 0
  if (changed) await updateStore(ctx, store.id, update)
  ctx.tally.record("storeSettings", 1, changed ? 1 : 0)
  return store
}

/**
 * Fills the store's default region and location only when unset (someone may have chosen others in the admin),
 * then writes the seed version marker, merged into the existing metadata, as the very last write.
 */
export async function finishStore(
  ctx: SeedContext,
  defaults: { regionId: string; locationId: string },
  seedVersion: number
): Promise<void> {
  const store = await findStore(ctx)
  const update: UpdateStoreDTO = {}
  if (!store.default_region_id) update.default_region_id = defaults.regionId
  if (!store.default_location_id) update.default_location_id = defaults.locationId
  if (store.metadata?.[SEED_VERSION_KEY] !== seedVersion) {
    update.metadata = { ...(store.metadata ?? {}), [SEED_VERSION_KEY]: seedVersion }
  }
  if (Object.keys(update).length) await updateStore(ctx, store.id, update)
}
