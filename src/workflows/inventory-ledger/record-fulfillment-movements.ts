import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { InventoryLedgerEvents } from "../../modules/inventory-ledger/events"
import { checkStockThresholdsStep } from "./steps/check-stock-thresholds"
import { readFulfillmentMovementsStep, type FulfillmentMovementInput } from "./steps/read-fulfillment-movements"
import { recordSourcedMovementsStep } from "./steps/record-sourced-movements"

/**
 * SALE rows of a fulfilment Medusa made (in this shop: staff accepting a production ticket), or RETURN rows of one it
 * cancelled; once per fulfilment and item however often the event comes. Then the low-stock lines are checked.
 */
export const recordFulfillmentMovementsWorkflow = createWorkflow("record-fulfillment-movements", (input: FulfillmentMovementInput) => {
  const rows = readFulfillmentMovementsStep(input)
  const written = recordSourcedMovementsStep(rows)
  const crossings = checkStockThresholdsStep(rows)
  emitEventStep({ eventName: InventoryLedgerEvents.STOCK_LOW, data: crossings })
  return new WorkflowResponse(transform({ written }, ({ written }) => ({ recorded: written.length })))
})
