import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminImportStock, AdminListCorrectionsQuery, AdminListMovementsQuery, AdminRecordMovement, AdminSetThreshold } from "./validators"

// The routes read the ledger module themselves; the query config only satisfies validateAndTransformQuery.
const readConfig = { defaults: ["id"], isList: false }

/** The inventory ledger's admin routes: movements, corrections to approve, low-stock lines, CSV import and export. */
export const adminInventoryLedgerMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/inventory-ledger/movements", middlewares: [validateAndTransformQuery(AdminListMovementsQuery, readConfig)] },
  { method: ["POST"], matcher: "/admin/inventory-ledger/movements", middlewares: [validateAndTransformBody(AdminRecordMovement)] },
  { method: ["GET"], matcher: "/admin/inventory-ledger/corrections", middlewares: [validateAndTransformQuery(AdminListCorrectionsQuery, readConfig)] },
  { method: ["POST"], matcher: "/admin/inventory-ledger/thresholds", middlewares: [validateAndTransformBody(AdminSetThreshold)] },
  // a stock file of a few thousand lines is larger than the default 100 kB JSON body
  { method: ["POST"], matcher: "/admin/inventory-ledger/import", bodyParser: { sizeLimit: "6mb" }, middlewares: [validateAndTransformBody(AdminImportStock)] },
]
