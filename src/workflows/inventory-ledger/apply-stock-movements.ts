import { adjustInventoryLevelsStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { InventoryLedgerEvents } from "../../modules/inventory-ledger/events"
import { checkStockThresholdsStep } from "./steps/check-stock-thresholds"
import { recordStockMovementsStep, type StockMovementInput } from "./steps/record-stock-movements"

export type ApplyStockMovementsInput = { movements: StockMovementInput[] }

/**
 * Staff's movements: Medusa's inventory levels adjusted by its own step and the ledger rows written in one workflow
 * (a failure undoes both), then the low-stock lines checked; a crossing is announced once as STOCK_LOW.
 */
export const applyStockMovementsWorkflow = createWorkflow("apply-stock-movements", (input: ApplyStockMovementsInput) => {
  const adjustments = transform({ input }, ({ input }) =>
    input.movements.map((movement) => ({ inventory_item_id: movement.inventory_item_id, location_id: movement.location_id, adjustment: movement.quantity }))
  )
  const levels = adjustInventoryLevelsStep(adjustments)
  const movements = recordStockMovementsStep({ movements: input.movements, levels })
  const crossings = checkStockThresholdsStep(input.movements)
  emitEventStep({ eventName: InventoryLedgerEvents.STOCK_LOW, data: crossings })
  return new WorkflowResponse(movements)
})
