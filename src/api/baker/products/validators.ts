import { z } from "zod"
import type { BakerProductInput } from "../../../workflows/baker/baker-product-input"

const text = (max: number) => z.string().trim().min(1).max(max)
const handle = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle is lowercase letters, digits and dashes, e.g. honey-cake")

const price = z.object({
  currency_code: z.string().regex(/^[a-zA-Z]{3}$/, "currency_code is a 3-letter ISO code such as uzs").toLowerCase(),
  amount: z.number().positive("amount is the price in major units (e.g. 180000 for 180 000 UZS) and must be above 0"),
})

const prices = z
  .array(price)
  .min(1, "give at least one price")
  .refine((list) => new Set(list.map((p) => p.currency_code)).size === list.length, {
    message: "give each currency at most one price",
  })

const stock = z.number().int("stock is a whole number").min(0, "stock cannot be negative")

const productFields = {
  title: text(200),
  subtitle: text(200).optional(),
  description: z.string().trim().max(10_000).optional(),
  handle: handle.optional(),
  thumbnail: z.url().optional(),
  images: z.array(z.object({ url: z.url() })).max(20).optional(),
  status: z.enum(["draft", "published"]),
  category_ids: z.array(z.string().min(1)).max(20).optional(),
}

const variant = z.object({
  title: text(200),
  sku: text(100).optional(),
  options: z.record(z.string(), z.string()).optional(),
  manage_inventory: z.boolean().default(true),
  prices,
  stock: stock.default(0),
})

const DEFAULT_OPTION = "Variant"

/**
 * Options may be left out: the product then gets one option whose values are the variant titles, which is what a
 * bakery with sizes ("16 cm", "20 cm") needs. Given options must be set on every variant with a listed value.
 */
export const CreateBakerProductSchema = z
  .strictObject({
    ...productFields,
    status: productFields.status.default("published"),
    options: z
      .array(z.object({ title: text(100), values: z.array(text(100)).min(1) }))
      .min(1)
      .optional(),
    variants: z.array(variant).min(1, "give at least one variant").max(100),
  })
  .superRefine((product, ctx) => {
    const titles = product.variants.map((v) => v.title)
    if (new Set(titles).size !== titles.length) {
      ctx.addIssue({ code: "custom", path: ["variants"], message: "variant titles must differ from each other" })
    }
    product.variants.forEach((v, index) => {
      for (const option of product.options ?? []) {
        const value = v.options?.[option.title]
        if (value === undefined || !option.values.includes(value)) {
          ctx.addIssue({
            code: "custom",
            path: ["variants", index, "options"],
            message: `set option "${option.title}" to one of: ${option.values.join(", ")}`,
          })
        }
      }
    })
  })
  .transform(
    (product): BakerProductInput => ({
      ...product,
      options: product.options ?? [{ title: DEFAULT_OPTION, values: product.variants.map((v) => v.title) }],
      variants: product.variants.map((v) => ({
        ...v,
        options: product.options ? (v.options ?? {}) : { [DEFAULT_OPTION]: v.title },
      })),
    })
  )

export type CreateBakerProductBody = z.infer<typeof CreateBakerProductSchema>

export const UpdateBakerProductSchema = z
  .strictObject({
    ...productFields,
    variants: z
      .array(z.strictObject({ id: z.string().min(1), title: text(200).optional(), sku: text(100).optional(), prices: prices.optional() }))
      .max(100),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: "send at least one field to change" })

export type UpdateBakerProductBody = z.infer<typeof UpdateBakerProductSchema>

export const SetVariantStockSchema = z.strictObject({ quantity: stock })
export type SetVariantStockBody = z.infer<typeof SetVariantStockSchema>

export const ListBakerProductsSchema = z.object({
  q: z.string().trim().min(1).optional(),
  status: z.enum(["draft", "published", "proposed", "rejected"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  order: z.enum(["created_at", "-created_at", "title", "-title"]).default("-created_at"),
})
