import { z } from "zod"
import { sellerParam, timeZone } from "../validators"

/** Today is the current calendar day in `tz`; `seller` narrows orders and tickets to "store" or one bakery. */
export const AdminTodayReportQuery = z.object({ seller: sellerParam, tz: timeZone }).strict()
export type AdminTodayReportQueryType = z.infer<typeof AdminTodayReportQuery>
