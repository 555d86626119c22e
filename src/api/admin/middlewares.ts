import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listBakerApplicationsQueryConfig } from "./baker-applications/query-config"
import {
  AdminApproveBakerApplication,
  AdminListBakerApplicationsQuery,
  AdminRejectBakerApplication,
} from "./baker-applications/validators"
import { listBakeriesQueryConfig } from "./bakeries/query-config"
import {
  AdminCreateBakery,
  AdminListBakeriesQuery,
  AdminReactivateBakery,
  AdminSuspendBakery,
  AdminUpdateBakery,
} from "./bakeries/validators"
import { staffCustomCakeMiddlewares } from "../shared/custom-cake-middlewares"
import { adminPricingMiddlewares } from "./pricing/middlewares"
import { AdminCreateClosure, AdminListClosuresQuery } from "./closures/validators"
import { AdminListSlotTemplatesQuery, AdminSetSlotTemplates } from "./slot-templates/validators"
import { AdminSetStoreSwitches } from "./store-switches/validators"
import { StoreListSlotsQuery } from "../store/slots/validators"
import { adminProductionMiddlewares } from "./production/middlewares"
import { adminInventoryLedgerMiddlewares } from "./inventory-ledger/middlewares"
import { adminReportsMiddlewares } from "./reports/middlewares"
import { AdminSetProductBakery } from "./products/[id]/bakery/validators"
import { adminUploadMiddlewares } from "./uploads/middlewares"

/** Medusa authenticates every /admin route as a user (session, bearer or secret API key); these only validate. */
export const adminMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/store-switches", middlewares: [validateAndTransformBody(AdminSetStoreSwitches)] },
  { method: ["GET"], matcher: "/admin/slot-templates", middlewares: [validateAndTransformQuery(AdminListSlotTemplatesQuery, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/admin/slot-templates", middlewares: [validateAndTransformBody(AdminSetSlotTemplates)] },
  { method: ["GET"], matcher: "/admin/closures", middlewares: [validateAndTransformQuery(AdminListClosuresQuery, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/admin/closures", middlewares: [validateAndTransformBody(AdminCreateClosure)] },
  { method: ["GET"], matcher: "/admin/slots", middlewares: [validateAndTransformQuery(StoreListSlotsQuery, { defaults: [], isList: false })] },
  ...staffCustomCakeMiddlewares("/admin"),
  { method: ["GET"], matcher: "/admin/bakeries", middlewares: [validateAndTransformQuery(AdminListBakeriesQuery, listBakeriesQueryConfig)] },
  { method: ["POST"], matcher: "/admin/bakeries", middlewares: [validateAndTransformBody(AdminCreateBakery)] },
  { method: ["POST"], matcher: "/admin/bakeries/:id", middlewares: [validateAndTransformBody(AdminUpdateBakery)] },
  { method: ["POST"], matcher: "/admin/bakeries/:id/suspend", middlewares: [validateAndTransformBody(AdminSuspendBakery)] },
  { method: ["POST"], matcher: "/admin/bakeries/:id/reactivate", middlewares: [validateAndTransformBody(AdminReactivateBakery)] },
  {
    method: ["GET"],
    matcher: "/admin/baker-applications",
    middlewares: [validateAndTransformQuery(AdminListBakerApplicationsQuery, listBakerApplicationsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/baker-applications/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveBakerApplication)],
  },
  {
    method: ["POST"],
    matcher: "/admin/baker-applications/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectBakerApplication)],
  },
  { method: ["POST"], matcher: "/admin/products/:id/bakery", middlewares: [validateAndTransformBody(AdminSetProductBakery)] },
  ...adminPricingMiddlewares,
  ...adminProductionMiddlewares,
  ...adminInventoryLedgerMiddlewares,
  ...adminReportsMiddlewares,
  ...adminUploadMiddlewares,
]
