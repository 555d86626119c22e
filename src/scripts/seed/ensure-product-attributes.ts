import { createProductTagsWorkflow, createProductTypesWorkflow } from "@medusajs/medusa/core-flows"
import { type SeedContext, missingFrom } from "./context"
import { DIET_TAGS, PRODUCT_TYPES } from "./data/products"

/** Ids by value. */
export type ValueIds = Map<string, string>

export async function ensureProductTags(ctx: SeedContext): Promise<ValueIds> {
  const { data: existing } = await ctx.query.graph({
    entity: "product_tag",
    fields: ["id", "value"],
    filters: { value: [...DIET_TAGS] },
  })
  const ids: ValueIds = new Map(existing.map((tag) => [tag.value as string, tag.id as string]))
  const missing = missingFrom<string>(DIET_TAGS, ids.keys())
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(ctx.container).run({
      input: { product_tags: missing.map((value) => ({ value })) },
    })
    for (const tag of result) ids.set(tag.value, tag.id)
  }
  ctx.tally.record("productTags", DIET_TAGS.length, missing.length)
  return ids
}

export async function ensureProductTypes(ctx: SeedContext): Promise<ValueIds> {
  const { data: existing } = await ctx.query.graph({
    entity: "product_type",
    fields: ["id", "value"],
    filters: { value: [...PRODUCT_TYPES] },
  })
  const ids: ValueIds = new Map(existing.map((type) => [type.value as string, type.id as string]))
  const missing = missingFrom<string>(PRODUCT_TYPES, ids.keys())
  if (missing.length) {
    const { result } = await createProductTypesWorkflow(ctx.container).run({
      input: { product_types: missing.map((value) => ({ value })) },
    })
    for (const type of result) ids.set(type.value, type.id)
  }
  ctx.tally.record("productTypes", PRODUCT_TYPES.length, missing.length)
  return ids
}
