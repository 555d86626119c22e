import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_LEDGER_MODULE } from "../../modules/inventory-ledger"
import { InventoryLedgerEvents } from "../../modules/inventory-ledger/events"
import type InventoryLedgerModuleService from "../../modules/inventory-ledger/service"
import { checkStockThresholdsStep } from "./steps/check-stock-thresholds"

export type SetStockThresholdInput = { inventory_item_id: string; location_id: string; threshold: number }
type Previous = { id: string; threshold: number; below_since: Date | null } | { id: string; created: true }

const saveStockThresholdStep = createStep(
  "save-stock-threshold",
  async (input: SetStockThresholdInput, { container }) => {
    const ledger = container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE)
    const [existing] = await ledger.listStockThresholds({ inventory_item_id: input.inventory_item_id, location_id: input.location_id })
    if (existing) {
      // a new line is a new watch: whether stock is under it is decided afresh by the check that follows
      const saved = await ledger.updateStockThresholds({ id: existing.id, threshold: input.threshold, below_since: null })
      const previous: Previous = { id: existing.id, threshold: existing.threshold, below_since: existing.below_since ? new Date(existing.below_since) : null }
      return new StepResponse(saved, previous)
    }
    const saved = await ledger.createStockThresholds(input)
    return new StepResponse(saved, { id: saved.id, created: true } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const ledger = container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE)
    if ("created" in previous) await ledger.deleteStockThresholds(previous.id)
    else await ledger.updateStockThresholds(previous)
  }
)

/** Sets the low-stock line of an item at a location; stock already under it alerts at once (once). */
export const setStockThresholdWorkflow = createWorkflow("set-stock-threshold", (input: SetStockThresholdInput) => {
  const saved = saveStockThresholdStep(input)
  const crossings = checkStockThresholdsStep(transform({ input }, ({ input }) => [input]))
  emitEventStep({ eventName: InventoryLedgerEvents.STOCK_LOW, data: crossings })
  return new WorkflowResponse(saved)
})

const removeStockThresholdStep = createStep(
  "remove-stock-threshold",
  async ({ id }: { id: string }, { container }) => {
    const ledger = container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE)
    await ledger.retrieveStockThreshold(id)
    await ledger.softDeleteStockThresholds(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).restoreStockThresholds(id)
  }
)

/** Stops watching an item's stock at a location. */
export const removeStockThresholdWorkflow = createWorkflow("remove-stock-threshold", (input: { id: string }) => new WorkflowResponse(removeStockThresholdStep(input)))
