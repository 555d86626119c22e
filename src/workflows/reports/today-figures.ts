import type { MedusaContainer } from "@medusajs/framework/types"
import { INVENTORY_LEDGER_MODULE } from "../../modules/inventory-ledger"
import type InventoryLedgerModuleService from "../../modules/inventory-ledger/service"
import { dayOf, SHOP_TIME_ZONE } from "../../modules/reports/days"
import { salesReport, type SalesFigures } from "../../modules/reports/sales"
import { STAFF_CHANNEL_MODULE } from "../../modules/staff-channel"
import type StaffChannelModuleService from "../../modules/staff-channel/service"
import { readCurrentOrders } from "./current-orders"
import { liveDayRows } from "./report-rows"

/** Tickets still in the kitchen's hands. */
const OPEN_TICKET_STATUSES = ["NEW", "ACCEPTED", "PREPARING", "READY", "OUT_FOR_DELIVERY"]

export type TodayFigures = {
  /** The calendar day (YYYY-MM-DD) in `tz`. */
  date: string
  tz: string
  seller: string | null
  /** Per currency that had an order not canceled today (currencies are never added together). */
  sales: SalesFigures[]
  /** The seller's (every seller's without one) tickets not yet handed over, whenever they were paid. */
  open_tickets: number
  /** Stock thresholds crossed now; the ledger keeps stock for the whole shop, so `seller` does not apply. */
  low_stock: number
}

/**
 * The day so far, live from the orders (the Sales report's figures of today), the open production tickets and the
 * crossed stock thresholds: what /report, the daily digest and the admin's today summary show.
 */
export async function todayFigures(
  container: Pick<MedusaContainer, "resolve">,
  { seller, tz = SHOP_TIME_ZONE, now = new Date() }: { seller?: string; tz?: string; now?: Date }
): Promise<TodayFigures> {
  const date = dayOf(now, tz)
  const [{ sales }, open, low] = await Promise.all([
    liveDayRows(container, date, date, tz, readCurrentOrders),
    container
      .resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE)
      .listProductionTickets({ status: OPEN_TICKET_STATUSES, ...(seller ? { seller_id: seller } : {}) }, { select: ["id"], take: null }),
    container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).listStockThresholds({ below_since: { $ne: null } }, { select: ["id"], take: null }),
  ])
  const ofSeller = seller ? sales.filter((row) => row.seller_id === seller) : sales
  return {
    date,
    tz,
    seller: seller ?? null,
    sales: salesReport(ofSeller, "day").currency_rows.filter((row) => row.orders > 0),
    open_tickets: open.length,
    low_stock: low.length,
  }
}
