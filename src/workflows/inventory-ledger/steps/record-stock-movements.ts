import type { InventoryLevelDTO } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_LEDGER_MODULE } from "../../../modules/inventory-ledger"
import { InventoryLedgerErrorCodes } from "../../../modules/inventory-ledger/error-codes"
import type { MovementReason } from "../../../modules/inventory-ledger/movements"
import type InventoryLedgerModuleService from "../../../modules/inventory-ledger/service"

export type StockMovementInput = {
  inventory_item_id: string
  location_id: string
  reason: MovementReason
  /** Signed change of the stocked quantity. */
  quantity: number
  note?: string | null
  actor_id: string
  source_type?: string | null
  source_id?: string | null
}

export const levelKey = (level: { inventory_item_id: string; location_id: string }) => `${level.inventory_item_id}@${level.location_id}`

/**
 * The ledger rows of levels Medusa has just adjusted: the adjusted level is the quantity after, so before is after
 * minus the change (exact, as Medusa's adjust step holds a lock per inventory item). A level left negative fails the
 * workflow, which undoes the adjustment: staff cannot write off stock that is not there.
 */
export const recordStockMovementsStep = createStep(
  "record-stock-movements",
  async ({ movements, levels }: { movements: StockMovementInput[]; levels: InventoryLevelDTO[] }, { container }) => {
    const after = new Map(levels.map((level) => [levelKey(level), Number(level.stocked_quantity)]))
    const rows = movements.map((movement) => {
      const quantityAfter = after.get(levelKey(movement))!
      if (quantityAfter < 0) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `Only ${quantityAfter - movement.quantity} in stock of ${movement.inventory_item_id} at ${movement.location_id}; ${-movement.quantity} cannot be taken away. Count it and record a correction.`,
          InventoryLedgerErrorCodes.INSUFFICIENT_STOCK
        )
      }
      return {
        ...movement,
        note: movement.note ?? null,
        source_type: movement.source_type ?? null,
        source_id: movement.source_id ?? null,
        actor_type: "user",
        quantity_before: quantityAfter - movement.quantity,
        quantity_after: quantityAfter,
      }
    })
    const created = await container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).createStockMovements(rows)
    return new StepResponse(created, created.map((row) => row.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).deleteStockMovements(ids)
  }
)
