import type { Logger, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const SEED_COUNT_KEYS = [
  "locales",
  "regions",
  "regionPaymentProviders",
  "ingredients",
  "pricingModels",
  "taxRegions",
  "salesChannels",
  "publishableKeys",
  "stockLocations",
  "fulfillmentSets",
  "serviceZones",
  "shippingOptions",
  "categories",
  "productTypes",
  "productTags",
  "products",
  "images",
  "inventoryLevels",
  "translations",
  "bakeries",
  "bakeryProducts",
  "bakerApplications",
  "slotWeeks",
  "storeSettings",
] as const

export type SeedCountKey = (typeof SEED_COUNT_KEYS)[number]
/** For each kind of seeded record: how many of the seed's records exist (present) or were made by this run (created). */
export type SeedCounts = Record<SeedCountKey, number>

const zeroCounts = (): SeedCounts =>
  Object.fromEntries(SEED_COUNT_KEYS.map((key) => [key, 0])) as SeedCounts

export class SeedTally {
  readonly present = zeroCounts()
  readonly created = zeroCounts()

  record(key: SeedCountKey, present: number, created: number): void {
    this.present[key] = present
    this.created[key] += created
  }

  get createdSomething(): boolean {
    return SEED_COUNT_KEYS.some((key) => this.created[key] > 0)
  }
}

export type SeedContext = {
  container: MedusaContainer
  query: Omit<RemoteQueryFunction, symbol>
  logger: Logger
  tally: SeedTally
}

export function createSeedContext(container: MedusaContainer): SeedContext {
  return {
    container,
    query: container.resolve(ContainerRegistrationKeys.QUERY),
    logger: container.resolve(ContainerRegistrationKeys.LOGGER),
    tally: new SeedTally(),
  }
}

/** Values of `wanted` that `existing` lacks, in the order of `wanted`. */
export function missingFrom<T>(wanted: readonly T[], existing: Iterable<T>): T[] {
  const have = new Set(existing)
  return wanted.filter((value) => !have.has(value))
}
