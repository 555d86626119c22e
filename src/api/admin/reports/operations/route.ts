import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOM_CAKE_MODULE } from "../../../../modules/custom-cake"
import type CustomCakeModuleService from "../../../../modules/custom-cake/service"
import { GATEWAY_MODULE } from "../../../../modules/gateway"
import type GatewayModuleService from "../../../../modules/gateway/service"
import { INVENTORY_LEDGER_MODULE } from "../../../../modules/inventory-ledger"
import type InventoryLedgerModuleService from "../../../../modules/inventory-ledger/service"
import { daysSpan } from "../../../../modules/reports/days"
import { SCHEDULING_MODULE } from "../../../../modules/scheduling"
import { datesBetween } from "../../../../modules/scheduling/slots"
import type SchedulingModuleService from "../../../../modules/scheduling/service"
import { STAFF_CHANNEL_MODULE } from "../../../../modules/staff-channel"
import type StaffChannelModuleService from "../../../../modules/staff-channel/service"
import { csvDocument, sendCsvFile } from "../../../../lib/csv"
import { CORRECTION_WINDOW_DAYS, customCakeFunnel, gatewayFailureRates, slotUtilisation, writeOffAccuracy } from "../../../../workflows/reports/kpis/operations"
import { acceptanceKpis } from "../../production/kpis"
import type { AdminReportQueryType } from "../validators"

const all = { take: null }

/**
 * GET /admin/reports/operations: acceptance times, write-off accuracy, payment failures per gateway, the custom-cake
 * funnel and slot utilisation over the days `from`…`to` in `tz`. `seller` narrows tickets, cakes and slots (stock
 * and payments are not kept per seller).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminReportQueryType>, res: MedusaResponse) => {
  const { from, to, tz, seller, format } = req.validatedQuery
  const { start, end } = daysSpan(from, to, tz)
  const inRange = { $gte: start, $lt: end }
  const sellerFilter = seller ? { seller_id: seller } : {}
  const correctionsUntil = new Date(end.getTime() + CORRECTION_WINDOW_DAYS * 86_400_000)
  const ledger = req.scope.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE)
  const gateway = req.scope.resolve<GatewayModuleService>(GATEWAY_MODULE)
  const scheduling = req.scope.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
  const [tickets, writeOffs, corrections, payme, click, cakes, templates, usage, closures] = await Promise.all([
    req.scope.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).listProductionTickets({ paid_at: inRange, ...sellerFilter }, { select: ["seller_id", "seconds_to_accept"], ...all }),
    ledger.listStockMovements({ reason: ["SALE", "LOSS"], created_at: inRange }, { select: ["inventory_item_id", "reason", "created_at"], ...all }),
    ledger.listStockMovements({ reason: "CORRECTION", created_at: { $gte: start, $lt: correctionsUntil } }, { select: ["inventory_item_id", "reason", "created_at"], ...all }),
    gateway.listPaymeTransactions({ create_time: inRange }, { select: ["state"], ...all }),
    gateway.listClickTransactions({ prepared_at: inRange }, { select: ["status"], ...all }),
    req.scope
      .resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE)
      .listCustomCakeRequests({ created_at: inRange, ...(seller ? { bakery_id: seller === "store" ? null : seller } : {}) }, { select: ["status", "rejection_reason"], ...all }),
    scheduling.listSlotTemplates(sellerFilter, all),
    scheduling.listSlotUsages({ date: { $gte: from, $lte: to }, ...sellerFilter }, all),
    scheduling.listClosures({ date: { $gte: from, $lte: to }, ...sellerFilter }, all),
  ])
  const report = {
    acceptance: acceptanceKpis(tickets),
    write_offs: writeOffAccuracy(writeOffs, corrections),
    payments: gatewayFailureRates(payme, click),
    custom_cakes: customCakeFunnel(cakes),
    slots: slotUtilisation(templates, usage, closures, datesBetween(from, to)),
  }
  if (format === "csv") return sendCsvFile(res, `operations-${from}-${to}.csv`, csvDocument(["metric", "value"], flatten(report)))
  res.json({ from, to, tz, seller: seller ?? null, ...report })
}

/** The report as metric/value lines for a spreadsheet: nested keys joined with dots, list items by their first field. */
function flatten(value: unknown, prefix = ""): { metric: string; value: unknown }[] {
  if (value === null || typeof value !== "object") return [{ metric: prefix, value }]
  if (Array.isArray(value)) return value.flatMap((item) => flatten(Object.fromEntries(Object.entries(item).slice(1)), `${prefix}.${Object.values(item)[0]}`))
  return Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key))
}
