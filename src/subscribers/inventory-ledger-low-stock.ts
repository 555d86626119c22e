import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryLedgerEvents } from "../modules/inventory-ledger/events"
import type { StockCrossing } from "../workflows/inventory-ledger/steps/check-stock-thresholds"
import { alertLowStockWorkflow } from "../workflows/inventory-ledger/alert-low-stock"

/** Each low-stock crossing is told to staff once (the ledger emits it once; the alert is keyed by it too). */
export default async function alertLowStock({ event, container }: SubscriberArgs<StockCrossing>) {
  await alertLowStockWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = { event: InventoryLedgerEvents.STOCK_LOW }
