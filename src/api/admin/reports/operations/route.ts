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
import { attemptsOfSeller } from "../../../../workflows/reports/kpis/gateway-attempts"
import { inventoryItemsOfSeller, sellersOfPaymentCollections } from "../../../../workflows/reports/kpis/seller-scope"
import { ACCEPT_TARGET_SECONDS, acceptanceFromSums } from "../../production/kpis"
import type { AdminReportQueryType } from "../validators"

const all = { take: null }

/**
 * The range's gateway attempts, one seller's when `seller` is given: those recorded with it, and of those recorded
 * without a seller (written before attempts carried it) the ones whose payment collection leads to it (its order's
 * bakery, or its cart's products' seller); `unattributed` counts those that lead to no seller either.
 */
async function gatewayAttempts(scope: AuthenticatedMedusaRequest["scope"], range: { start: Date; end: Date }, seller: string | undefined) {
  const { without_seller: legacy, ...recorded } = await scope.resolve<GatewayModuleService>(GATEWAY_MODULE).countAttemptStates(range, seller)
  if (!seller) return { ...recorded, unattributed: 0 }
  const collections = [...new Set([...legacy.payme, ...legacy.click].map((row) => row.payment_collection_id))]
  return attemptsOfSeller(recorded, legacy, await sellersOfPaymentCollections(scope, collections), seller)
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
      note: "Stock of items no product variant uses, and gateway attempts recorded without a seller whose payment collection has neither an order nor a cart of products, belong to no seller and are left out.",
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
