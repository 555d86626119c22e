import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"
import { CATEGORIES, type SeedCategory } from "./data/categories"

/** Category ids by handle. */
export type CategoryIds = Map<string, string>

async function createCategories(ctx: SeedContext, categories: SeedCategory[], ids: CategoryIds): Promise<void> {
  if (!categories.length) return
  const { result } = await createProductCategoriesWorkflow(ctx.container).run({
    input: {
      product_categories: categories.map((category) => ({
        name: category.name,
        handle: category.handle,
        description: category.description,
        is_active: true,
        parent_category_id: category.parentHandle ? ids.get(category.parentHandle)! : null,
      })),
    },
  })
  for (const category of result) ids.set(category.handle, category.id)
}

export async function ensureCategories(ctx: SeedContext): Promise<CategoryIds> {
  const { data: existing } = await ctx.query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
    filters: { handle: CATEGORIES.map((category) => category.handle) },
  })
  const ids: CategoryIds = new Map(existing.map((category) => [category.handle as string, category.id as string]))
  const missing = CATEGORIES.filter((category) => !ids.has(category.handle))

  // Parents first: a child needs its parent's id.
  await createCategories(ctx, missing.filter((category) => !category.parentHandle), ids)
  await createCategories(ctx, missing.filter((category) => category.parentHandle), ids)

  ctx.tally.record("categories", CATEGORIES.length, missing.length)
  return ids
}
