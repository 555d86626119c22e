import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_LEDGER_MODULE } from "../../../modules/inventory-ledger"
import type InventoryLedgerModuleService from "../../../modules/inventory-ledger/service"
import { STAFF_CHANNEL_MODULE } from "../../../modules/staff-channel"
import { staffLanguage } from "../../../modules/staff-channel/posts/ticket-post"
import type StaffChannelModuleService from "../../../modules/staff-channel/service"
import { sharedBotI18n } from "../../../modules/telegram/bot/i18n"
import type { StaffAlertInput } from "../../alerts/send-staff-alert"
import type { StockCrossing } from "./check-stock-thresholds"

export type LowStockAlert = StaffAlertInput & { feed: { title: string; description: string } }

/**
 * The alert of one crossing: for the staff chat of the item's seller, in that chat's
 * language, and for the admin's feed. Keyed by the threshold and the moment it was crossed: one alert per crossing.
 */
export const composeLowStockAlertStep = createStep("compose-low-stock-alert", async (crossing: StockCrossing, { container }) => {
  const threshold = await container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).retrieveStockThreshold(crossing.id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: [item] }, { data: [location] }] = await Promise.all([
    query.graph({ entity: "inventory_item", fields: ["id", "title", "sku", "variants.title", "variants.product.title", "variants.product.bakery.id"], filters: { id: threshold.inventory_item_id } }),
    query.graph({ entity: "stock_location", fields: ["id", "name", "bakery.id"], filters: { id: threshold.location_id } }),
  ])
  const variant = (item as { variants?: { title: string | null; product?: { title: string; bakery?: { id: string } | null } | null }[] } | undefined)?.variants?.[0]
  // the seller who makes the item (its product's bakery), else whose location it is, else the shop itself
  const sellerId = variant?.product?.bakery?.id ?? (location as { bakery?: { id: string } | null } | undefined)?.bakery?.id ?? "store"
  const itemName = variant?.product ? [variant.product.title, variant.title].filter(Boolean).join(" ") : item?.title || item?.sku || threshold.inventory_item_id
  const [chat] = await container.resolve<StaffChannelModuleService>(STAFF_CHANNEL_MODULE).listStaffChats({ seller_id: sellerId }, { select: ["language"] })
  const args = {
    item: itemName,
    location: location?.name ?? threshold.location_id,
    quantity: crossing.quantity,
    threshold: threshold.threshold,
  }
  const alert: LowStockAlert = {
    seller_id: sellerId,
    text: sharedBotI18n().t(staffLanguage(chat?.language), "alert-stock-low", args),
    idempotency_key: `low-stock:${threshold.id}:${crossing.below_since}`,
    feed: { title: `Low stock: ${args.item}`, description: `${args.quantity} left at ${args.location} (alert line ${args.threshold}).` },
  }
  return new StepResponse(alert)
})
