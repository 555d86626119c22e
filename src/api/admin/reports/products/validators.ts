import { z } from "zod"
import { PRODUCT_CSV_COLUMNS } from "../../../../modules/reports/products"
import { reportQuery } from "../validators"

export const AdminProductsReportQuery = reportQuery({
  /** How many best and low sellers to list. */
  limit: z.coerce.number().int().min(1).max(100).default(10),
  /** Which table `format=csv` exports. */
  table: z.enum(Object.keys(PRODUCT_CSV_COLUMNS) as [keyof typeof PRODUCT_CSV_COLUMNS]).default("best_sellers"),
})
export type AdminProductsReportQueryType = z.infer<typeof AdminProductsReportQuery>
