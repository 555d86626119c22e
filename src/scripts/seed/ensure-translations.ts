import type { CreateTranslationDTO } from "@medusajs/framework/types"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"
import type { CategoryIds } from "./ensure-categories"
import type { ProductIds } from "./ensure-products"
import { CATEGORIES } from "./data/categories"
import { ENGLISH, RUSSIAN, UZBEK } from "./data/locales"
import { PRODUCTS } from "./data/products"

/*
 * The products' and categories' own texts are English; the en-US rows repeat them so that a storefront asking
 * for en-US gets the same answer as for ru-RU or uz-Latn-UZ, from the same source. Existing rows are never
 * overwritten: texts edited in the admin win over the seed.
 */
function wantedTranslations(productIds: ProductIds, categoryIds: CategoryIds): CreateTranslationDTO[] {
  const rows: CreateTranslationDTO[] = []
  for (const product of PRODUCTS) {
    const reference_id = productIds.get(product.handle)
    if (!reference_id) continue
    const texts = { [ENGLISH]: product, [RUSSIAN]: product.translations[RUSSIAN], [UZBEK]: product.translations[UZBEK] }
    for (const [locale_code, { title, subtitle, description }] of Object.entries(texts)) {
      rows.push({ reference: "product", reference_id, locale_code, translations: { title, subtitle, description } })
    }
  }
  for (const category of CATEGORIES) {
    const reference_id = categoryIds.get(category.handle)
    if (!reference_id) continue
    const texts = { [ENGLISH]: category, [RUSSIAN]: category.translations[RUSSIAN], [UZBEK]: category.translations[UZBEK] }
    for (const [locale_code, { name, description }] of Object.entries(texts)) {
      rows.push({ reference: "product_category", reference_id, locale_code, translations: { name, description } })
    }
  }
  return rows
}

export async function ensureTranslations(ctx: SeedContext, productIds: ProductIds, categoryIds: CategoryIds): Promise<void> {
  const wanted = wantedTranslations(productIds, categoryIds)
  const { data: existing } = await ctx.query.graph({
    entity: "translation",
    fields: ["reference_id", "locale_code"],
    filters: { reference_id: [...new Set(wanted.map((row) => row.reference_id))] },
  })
  const rowKey = (row: { reference_id: string; locale_code: string }) => `${row.reference_id} ${row.locale_code}`
  const present = new Set((existing as { reference_id: string; locale_code: string }[]).map(rowKey))
  const missing = wanted.filter((row) => !present.has(rowKey(row)))
  if (missing.length) {
    await createTranslationsWorkflow(ctx.container).run({ input: { translations: missing } })
  }
  ctx.tally.record("translations", wanted.length, missing.length)
}
