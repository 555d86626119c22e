import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { csvDocument, sendCsvFile } from "../../../../lib/csv"
import { STORE_SELLER } from "../../../../modules/reports/facts"
import { PRODUCT_CSV_COLUMNS, productsReport, type CatalogProduct } from "../../../../modules/reports/products"
import { reportRows } from "../../../../workflows/reports/report-rows"
import type { AdminProductsReportQueryType } from "./validators"

/** GET /admin/reports/products: best and low sellers, sizes (variants) sold, and published products never sold. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminProductsReportQueryType>, res: MedusaResponse) => {
  const query = req.validatedQuery as AdminProductsReportQueryType
  const [rows, { data: published }] = await Promise.all([
    reportRows(req.scope, query),
    req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "title", "bakery.id"], filters: { status: "published" } }),
  ])
  const catalog: CatalogProduct[] = published
    .filter((product) => !query.seller || ((product as { bakery?: { id: string } | null }).bakery?.id ?? STORE_SELLER) === query.seller)
    .map((product) => ({ id: product.id, title: product.title ?? "" }))
  const report = productsReport(rows, catalog, query.limit)
  if (query.format === "csv") {
    const table = report[query.table] as unknown as Record<string, unknown>[]
    return sendCsvFile(res, `products-${query.table}-${query.from}-${query.to}.csv`, csvDocument(PRODUCT_CSV_COLUMNS[query.table], table))
  }
  res.json(report)
}
