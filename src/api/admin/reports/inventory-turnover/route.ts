import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { csvDocument, sendCsvFile } from "../../../../lib/csv"
import { datesBetween } from "../../../../modules/scheduling/slots"
import { inventoryItemsOfSeller } from "../../../../workflows/reports/kpis/seller-scope"
import { inventoryTurnover } from "../../../../workflows/reports/kpis/turnover"
import { stockDayRows } from "../../../../workflows/reports/report-rows"
import type { AdminReportQueryType } from "../validators"

const CSV_COLUMNS = ["inventory_item_id", "title", "sku", "sold", "lost", "corrections", "opening_stock", "closing_stock", "average_stock", "turnover_ratio", "loss_share"] as const

/**
 * GET /admin/reports/inventory-turnover: per inventory item that moved in the days `from`…`to` (in `tz`), from the
 * stock ledger (its days cached by the daily job, today's live): sold, lost, corrections, average day-end stock, turnover and the losses' share. `seller` keeps the
 * items of that seller's products (inventory item → variant → product → bakery).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminReportQueryType>, res: MedusaResponse) => {
  const { from, to, tz, seller, format } = req.validatedQuery
  const stock = seller ? await inventoryItemsOfSeller(req.scope, seller) : null
  const rows = inventoryTurnover(await stockDayRows(req.scope, { from, to, tz, items: stock?.items }), datesBetween(from, to))
  const { data: items } = rows.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "inventory_item", fields: ["id", "title", "sku"], filters: { id: rows.map((row) => row.inventory_item_id) } })
    : { data: [] }
  const named = new Map(items.map((item) => [item.id, item]))
  const report = rows.map((row) => ({ ...row, title: named.get(row.inventory_item_id)?.title ?? null, sku: named.get(row.inventory_item_id)?.sku ?? null }))
  if (format === "csv") return sendCsvFile(res, `inventory-turnover-${from}-${to}.csv`, csvDocument(CSV_COLUMNS, report))
  // only with a seller: what the narrowing had to leave out
  const scope = stock && {
    seller_scope: { inventory_items_without_seller: stock.unattributed, note: "Items no product variant uses (raw materials) belong to no seller and are left out." },
  }
  res.json({ from, to, tz, ...scope, items: report })
}
