import { z } from "zod"
import { reportQuery } from "../validators"

export const AdminSalesReportQuery = reportQuery({ group: z.enum(["day", "week", "month"]).default("day") })
export type AdminSalesReportQueryType = z.infer<typeof AdminSalesReportQuery>
