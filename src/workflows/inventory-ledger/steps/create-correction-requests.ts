import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_LEDGER_MODULE } from "../../../modules/inventory-ledger"
import type InventoryLedgerModuleService from "../../../modules/inventory-ledger/service"
import type { StockMovementInput } from "./record-stock-movements"

/** Corrections over the approval threshold, kept PENDING; nothing in Medusa's inventory moves yet. */
export const createCorrectionRequestsStep = createStep(
  "create-correction-requests",
  async (movements: StockMovementInput[], { container }) => {
    if (!movements.length) return new StepResponse([], [] as string[])
    const requests = await container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).createCorrectionRequests(
      movements.map((movement) => ({
        inventory_item_id: movement.inventory_item_id,
        location_id: movement.location_id,
        quantity: movement.quantity,
        note: movement.note ?? null,
        requested_by: movement.actor_id,
      }))
    )
    return new StepResponse(requests, requests.map((request) => request.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).deleteCorrectionRequests(ids)
  }
)
