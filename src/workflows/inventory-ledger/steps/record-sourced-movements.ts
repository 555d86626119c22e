import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_LEDGER_MODULE } from "../../../modules/inventory-ledger"
import type { default as InventoryLedgerModuleService, SourcedMovement } from "../../../modules/inventory-ledger/service"

/** Rows for one of Medusa's events; those already recorded (a redelivered event) are skipped by the unique index. */
export const recordSourcedMovementsStep = createStep(
  "record-sourced-movements",
  async (rows: SourcedMovement[], { container }) => {
    const written = await container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).recordSourcedMovements(rows)
    return new StepResponse(written, written)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).deleteStockMovements(ids)
  }
)
