import { z } from "zod"

/** A comma list of centimetres in a query string, e.g. "20,14". */
const centimetreList = (field: string) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/, `${field} must be a comma list of centimetres, e.g. 20,14`)
    .transform((value) => value.split(",").map(Number))
    .optional()

/** Tiers from the bottom up: sizes_cm (or, for a sheet, lengths_cm and widths_cm) and heights_cm, one value per tier. */
export const StoreServingsEstimateQuery = z
  .object({
    shape: z.string(),
    sizes_cm: centimetreList("sizes_cm"),
    lengths_cm: centimetreList("lengths_cm"),
    widths_cm: centimetreList("widths_cm"),
    heights_cm: centimetreList("heights_cm"),
  })
  .strict()
export type StoreServingsEstimateQueryType = z.infer<typeof StoreServingsEstimateQuery>
