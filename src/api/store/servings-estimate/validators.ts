import { z } from "zod"

/** A comma list of centimetres in a query string, e.g. "20,14". */
const centimetreList = (field: string) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/, `${field} must be a comma list of centimetres, e.g. 20,14`)
    .transform((value) => value.split(",").map(Number))
    .optional()

/**
 * Either a product (`product_id`: the servings of each of its variants, from their sizes or the shop's own number),
 * or a cake described here: tiers from the bottom up, sizes_cm (or, for a sheet, lengths_cm and widths_cm) and
 * heights_cm, one value per tier.
 */
export const StoreServingsEstimateQuery = z
  .object({
    product_id: z.string().trim().min(1, "product_id must not be empty").optional(),
    shape: z.string().optional(),
    sizes_cm: centimetreList("sizes_cm"),
    lengths_cm: centimetreList("lengths_cm"),
    widths_cm: centimetreList("widths_cm"),
    heights_cm: centimetreList("heights_cm"),
  })
  .strict()
  .refine(({ product_id, ...dimensions }) => (product_id === undefined) !== (Object.values(dimensions).every((value) => value === undefined)), {
    message: "give either product_id, or a shape with its tiers (e.g. shape=round&sizes_cm=20&heights_cm=10), not both",
  })
export type StoreServingsEstimateQueryType = z.infer<typeof StoreServingsEstimateQuery>
