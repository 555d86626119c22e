import { createProductTagsWorkflow, createProductTypesWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { type SeedContext, type SeedCountKey, missingFrom } from "./context"
import { DIET_TAGS, PRODUCT_TYPES } from "./data/products"

/** Ids by value. */
export type ValueIds = Map<string, string>

type ValueEntity = {
  entity: "product_tag" | "product_type"
  values: readonly string[]
  countKey: SeedCountKey
  create: (container: MedusaContainer, values: string[]) => Promise<{ id: string; value: string }[]>
}

/** Product tags and types are both plain values: look them up by value and create the missing ones. */
async function ensureValues(ctx: SeedContext, { entity, values, countKey, create }: ValueEntity): Promise<ValueIds> {
  const { data: existing } = await ctx.query.graph({ entity, fields: ["id", "value"], filters: { value: [...values] } })
  const ids: ValueIds = new Map(existing.map((row) => [row.value as string, row.id as string]))
  const missing = missingFrom<string>(values, ids.keys())
  if (missing.length) {
    for (const row of await create(ctx.container, missing)) ids.set(row.value, row.id)
  }
  ctx.tally.record(countKey, values.length, missing.length)
  return ids
}

export function ensureProductTags(ctx: SeedContext): Promise<ValueIds> {
  return ensureValues(ctx, {
    entity: "product_tag",
    values: DIET_TAGS,
    countKey: "productTags",
    create: async (container, values) =>
      (await createProductTagsWorkflow(container).run({ input: { product_tags: values.map((value) => ({ value })) } })).result,
  })
}

export function ensureProductTypes(ctx: SeedContext): Promise<ValueIds> {
  return ensureValues(ctx, {
    entity: "product_type",
    values: PRODUCT_TYPES,
    countKey: "productTypes",
    create: async (container, values) =>
      (await createProductTypesWorkflow(container).run({ input: { product_types: values.map((value) => ({ value })) } })).result,
  })
}
