import type { Translations } from "../locales"

export const DIET_TAGS = ["halal", "gluten-free", "nut-free", "contains-nuts"] as const
export type DietTag = (typeof DIET_TAGS)[number]

export const PRODUCT_TYPES = ["cake", "bouquet", "composition", "add-on"] as const
export type ProductTypeValue = (typeof PRODUCT_TYPES)[number]

/** Major units: UZS has no minor unit in practice, USD keeps cents as decimals. */
export type Money = { uzs: number; usd: number }

export type SeedVariant = {
  sku: string
  /** The value of the product's single option, also the variant's title. */
  optionValue: string
  price: Money
  stock: number
  weightGrams?: number
  metadata?: Record<string, unknown>
}

export type ProductTexts = { title: string; subtitle: string; description: string }

export type SeedProduct = ProductTexts & {
  handle: string
  type: ProductTypeValue
  categoryHandles: string[]
  tags: DietTag[]
  /** File name under src/scripts/seed/images/. */
  image: string
  weightGrams: number
  optionTitle: string
  variants: SeedVariant[]
  translations: Translations<ProductTexts>
}

export type CakeSize = {
  label: string
  diameter_cm: number
  height_cm: number
  layers: number
  servings: number
  weightGrams: number
  /** Tiered cakes: diameter_cm is the bottom tier's. */
  tiers?: number
  top_diameter_cm?: number
}

/** A cake variant carries its size in metadata so the bot and storefront can show servings without parsing titles. */
export function cakeVariant(skuPrefix: string, size: CakeSize, price: Money, stock: number): SeedVariant {
  const { label, weightGrams, ...dimensions } = size
  return { sku: `${skuPrefix}-${size.diameter_cm}`, optionValue: label, price, stock, weightGrams, metadata: dimensions }
}
