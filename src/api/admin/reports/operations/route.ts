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
import { inventoryItemsOfSeller, sellersOfPaymentCollections } from "../../../../workflows/reports/kpis/seller-scope"
import { ACCEPT_TARGET_SECONDS, acceptanceFromSums } from "../../production/kpis"
import type { AdminReportQueryType } from "../validators"

const all = { take: null }

/**
 * The range's gateway attempts, one seller's when `seller` is given (attempt → payment collection → its order's
 * bakery, or its cart's products' seller); `unattributed` counts attempts of collections with neither.
 */
async function gatewayAttempts(scope: AuthenticatedMedusaRequest["scope"], range: { start: Date; end: Date }, seller: string | undefined) {
  const attempts = await scope.resolve<GatewayModuleService>(GATEWAY_MODULE).listAttemptStates(range)
  if (!seller) return { ...attempts, unattributed: 0 }
  const sellers = await sellersOfPaymentCollections(scope, [...new Set([...attempts.payme, ...attempts.click].map((row) => row.payment_collection_id))])
  const ofSeller = <Row extends { payment_collection_id: string }>(rows: Row[]) => rows.filter((row) => sellers.get(row.payment_collection_id) === seller)
  const unattributed = [...attempts.payme, ...attempts.click].filter((row) => !sellers.has(row.payment_collection_id)).length
  return { payme: ofSeller(attempts.payme), click: ofSeller(attempts.click), unattributed }
}

/**
 * GET /admin/reports/operations: acceptance times, write-off accuracy, payment failures per gateway, the custom-cake
 * funnel and slot utilisation over the days `from`…`to` in `tz`. `seller` narrows every figure; what cannot be
 * attributed to a seller is left out and counted in `seller_scope`.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminReportQueryType>, res: MedusaResponse) => {
  const { from, to, tz, seller, format } = req.validatedQuery
  const { start, end } = daysSpan(from, to, tz)
  const sellerFilter = seller ? { seller_id: seller } : {}
  const scheduling = req.scope.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
  const stock = seller ? await inventoryItemsOfSeller(req.scope, seller) : null
  const [tickets, writeOffs, payments, cakes, templates, booked, closures] = await Promise.all([
    req.scope.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).summarizeTicketWaits({ start, end, seller_id: seller }, ACCEPT_TARGET_SECONDS),
    req.scope.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).countWriteOffs({ start, end, items: stock?.items }, CORRECTION_WINDOW_DAYS),
    gatewayAttempts(req.scope, { start, end }, seller),
    req.scope.resolve<CustomCakeModuleService>(CUSTOM_CAKE_MODULE).countRequestsByStatus({ start, end, ...(seller ? { bakery_id: seller === "store" ? null : seller } : {}) }),
    scheduling.listSlotTemplates(sellerFilter, { select: ["seller_id", "weekday", "capacity_orders"], ...all }),
    scheduling.sumBookedOrdersOfOpenSlots({ from, to, seller_id: seller }),
    scheduling.listClosures({ date: { $gte: from, $lte: to }, ...sellerFilter }, { select: ["seller_id", "date"], ...all }),
  ])
  const report = {
    acceptance: acceptanceFromSums(tickets),
    write_offs: writeOffAccuracy(writeOffs),
    payments: gatewayFailureRates(payments.payme, payments.click),
    custom_cakes: customCakeFunnel(cakes),
    slots: slotUtilisation(templates, booked, closures, datesBetween(from, to)),
  }
  // only with a seller: what the narrowing had to leave out
  const scope = seller && {
    seller_scope: {
      inventory_items_without_seller: stock!.unattributed,
      payment_attempts_without_seller: payments.unattributed,
      note: "Stock of items no product variant uses, and gateway attempts whose payment collection has neither an order nor a cart of products, belong to no seller and are left out.",
    },
  }
  if (format === "csv") return sendCsvFile(res, `operations-${from}-${to}.csv`, csvDocument(["metric", "value"], flatten(report)))
  res.json({ from, to, tz, seller: seller ?? null, ...scope, ...report })
}

/** The report as metric/value lines for a spreadsheet: nested keys joined with dots, list items by their first field. */
function flatten(value: unknown, prefix = ""): { metric: string; value: unknown }[] {
  if (value === null || typeof value !== "object") return [{ metric: prefix, value }]
  if (Array.isArray(value)) return value.flatMap((item) => flatten(Object.fromEntries(Object.entries(item).slice(1)), `${prefix}.${Object.values(item)[0]}`))
  return Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key))
}
