import type { MedusaContainer } from "@medusajs/framework/types"
import type { ZodTypeAny } from "zod"
import { GET as inventoryTurnoverRoute } from "../../src/api/admin/reports/inventory-turnover/route"
import { GET as operationsRoute } from "../../src/api/admin/reports/operations/route"
import { GET as pricingRoute } from "../../src/api/admin/reports/pricing/route"
import { GET as productsRoute } from "../../src/api/admin/reports/products/route"
import { AdminProductsReportQuery } from "../../src/api/admin/reports/products/validators"
import { GET as salesRoute } from "../../src/api/admin/reports/sales/route"
import { AdminSalesReportQuery } from "../../src/api/admin/reports/sales/validators"
import { AdminReportQuery } from "../../src/api/admin/reports/validators"

type Handler = (req: any, res: any) => Promise<unknown>

/** A report route: its handler and the query schema its middleware validates with. */
export type ReportRoute = { name: string; handler: Handler; schema: ZodTypeAny; extra?: Record<string, string> }

export const REPORT_ROUTES: ReportRoute[] = [
  { name: "sales json", handler: salesRoute, schema: AdminSalesReportQuery },
  { name: "sales csv", handler: salesRoute, schema: AdminSalesReportQuery, extra: { format: "csv" } },
  { name: "products", handler: productsRoute, schema: AdminProductsReportQuery },
  { name: "operations", handler: operationsRoute, schema: AdminReportQuery },
  { name: "inventory-turnover", handler: inventoryTurnoverRoute, schema: AdminReportQuery },
  { name: "pricing", handler: pricingRoute, schema: AdminReportQuery },
]

/** What a handler answered: the JSON body, or the CSV text. */
export type Answer = { json?: any; text?: string }

/**
 * Runs a route handler as Medusa would after its middleware: the raw query validated by the route's own schema into
 * `validatedQuery`, the app's container as `scope`; the response is captured instead of sent.
 */
export async function callReport(container: MedusaContainer, route: ReportRoute, query: Record<string, string>): Promise<Answer> {
  const answer: Answer = {}
  const res = {
    json: (body: unknown) => (answer.json = body),
    send: (body: string) => (answer.text = body),
    setHeader: () => undefined,
    status: () => res,
  }
  await route.handler({ validatedQuery: route.schema.parse({ ...query, ...route.extra }), scope: container }, res)
  return answer
}

/** Times `runs` calls; the first (cold: nothing of this report read yet) is kept apart. */
export async function timeReport(container: MedusaContainer, route: ReportRoute, query: Record<string, string>, runs: number): Promise<{ cold: number; samples: number[] }> {
  const samples: number[] = []
  let cold = 0
  for (let run = 0; run <= runs; run++) {
    const started = performance.now()
    await callReport(container, route, query)
    const ms = performance.now() - started
    if (run === 0) cold = ms
    else samples.push(ms)
  }
  return { cold, samples }
}
