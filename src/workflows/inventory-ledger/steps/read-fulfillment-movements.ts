import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SourcedMovement } from "../../../modules/inventory-ledger/service"
import { levelKey } from "./record-stock-movements"

export type FulfillmentMovementInput = { fulfillment_id: string; kind: "SALE" | "CANCELLED" }

/**
 * The ledger rows of a fulfilment Medusa has made (SALE: its items left the stock) or cancelled (RETURN: they came
 * back). Medusa has already moved the level when its event arrives, so the quantity after is the level read now; under
 * other simultaneous movements of the same item it is approximate, the change itself is exact.
 */
export const readFulfillmentMovementsStep = createStep("read-fulfillment-movements", async (input: FulfillmentMovementInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [fulfillment] } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "location_id", "items.inventory_item_id", "items.quantity"],
    filters: { id: input.fulfillment_id },
  })
  const sold = new Map<string, number>()
  for (const item of fulfillment?.items ?? []) {
    if (!item?.inventory_item_id) continue
    sold.set(item.inventory_item_id, (sold.get(item.inventory_item_id) ?? 0) + Number(item.quantity))
  }
  if (!fulfillment || !sold.size) return new StepResponse([] as SourcedMovement[])
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: [...sold.keys()], location_id: fulfillment.location_id })
  const stocked = new Map(levels.map((level) => [levelKey(level), Number(level.stocked_quantity)]))
  const sign = input.kind === "SALE" ? -1 : 1
  const rows = [...sold].map(([inventoryItemId, quantity]): SourcedMovement => {
    const after = stocked.get(levelKey({ inventory_item_id: inventoryItemId, location_id: fulfillment.location_id })) ?? 0
    return {
      inventory_item_id: inventoryItemId,
      location_id: fulfillment.location_id,
      reason: input.kind === "SALE" ? "SALE" : "RETURN",
      quantity: sign * quantity,
      quantity_before: after - sign * quantity,
      quantity_after: after,
      note: input.kind === "SALE" ? null : "fulfilment cancelled",
      source_type: "fulfillment",
      source_id: fulfillment.id,
    }
  })
  return new StepResponse(rows)
})
