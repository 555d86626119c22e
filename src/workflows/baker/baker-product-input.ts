/** A price in major units (Medusa v2 amounts), e.g. 180000 UZS. */
export type BakerPrice = { currency_code: string; amount: number }

export type BakerVariantInput = {
  title: string
  sku?: string
  /** Option title → value, one entry for every option of the product. */
  options: Record<string, string>
  manage_inventory: boolean
  prices: BakerPrice[]
  /** Initial stocked quantity at the bakery's location. */
  stock: number
}

export type BakerProductInput = {
  title: string
  subtitle?: string
  description?: string
  handle?: string
  thumbnail?: string
  images?: { url: string }[]
  status: "draft" | "published"
  category_ids?: string[]
  options: { title: string; values: string[] }[]
  variants: BakerVariantInput[]
}

export type BakerProductUpdate = Partial<Omit<BakerProductInput, "options" | "variants">> & {
  /** Existing variants to change; `prices`, when given, replaces all of that variant's prices. */
  variants?: { id: string; title?: string; sku?: string; prices?: BakerPrice[] }[]
}
