import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminProductsReportQuery } from "./products/validators"
import { AdminSalesReportQuery } from "./sales/validators"
import { AdminTodayReportQuery } from "./today/validators"
import { AdminReportQuery } from "./validators"

// The routes read the figures themselves; the query config only satisfies validateAndTransformQuery.
const readConfig = { defaults: ["id"], isList: false }

/** Staff reports under /admin/reports (Medusa authenticates /admin as a user); each validates its query. */
export const adminReportsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/reports/sales", middlewares: [validateAndTransformQuery(AdminSalesReportQuery, readConfig)] },
  { method: ["GET"], matcher: "/admin/reports/products", middlewares: [validateAndTransformQuery(AdminProductsReportQuery, readConfig)] },
  { method: ["GET"], matcher: "/admin/reports/today", middlewares: [validateAndTransformQuery(AdminTodayReportQuery, readConfig)] },
  ...["operations", "inventory-turnover", "pricing"].map((report): MiddlewareRoute => ({
    method: ["GET"],
    matcher: `/admin/reports/${report}`,
    middlewares: [validateAndTransformQuery(AdminReportQuery, readConfig)],
  })),
]
