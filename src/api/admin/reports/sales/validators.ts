import { z } from "zod"
import { SALES_TABLE_CSV_COLUMNS } from "../../../../modules/reports/sales"
import { reportQuery } from "../validators"

export const AdminSalesReportQuery = reportQuery({
  group: z.enum(["day", "week", "month"]).default("day"),
  /** Which table `format=csv` exports. */
  table: z.enum(Object.keys(SALES_TABLE_CSV_COLUMNS) as [keyof typeof SALES_TABLE_CSV_COLUMNS]).default("by_period"),
})
export type AdminSalesReportQueryType = z.infer<typeof AdminSalesReportQuery>
