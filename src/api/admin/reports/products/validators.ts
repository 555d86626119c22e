import { z } from "zod"
import { reportQuery } from "../validators"

export const AdminProductsReportQuery = reportQuery({
  /** How many best and low sellers to list. */
  limit: z.coerce.number().int().min(1).max(100).default(10),
  /** Which table `format=csv` exports. */
  table: z.enum(["best_sellers", "low_sellers", "variants", "never_sold"]).default("best_sellers"),
})
export type AdminProductsReportQueryType = z.infer<typeof AdminProductsReportQuery>
