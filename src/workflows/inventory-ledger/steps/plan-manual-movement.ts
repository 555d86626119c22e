import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "../../../config/env"
import { InventoryLedgerErrorCodes } from "../../../modules/inventory-ledger/error-codes"
import { signedDelta, type ManualReason } from "../../../modules/inventory-ledger/movements"
import type { StockMovementInput } from "./record-stock-movements"

export type ManualMovementInput = {
  inventory_item_id: string
  location_id: string
  reason: ManualReason
  /** Positive for INCOMING, LOSS and RETURN; signed for CORRECTION. */
  quantity: number
  note?: string | null
  actor_id: string
}

export type ManualMovementPlan = { movement: StockMovementInput; needs_approval: boolean }

/**
 * Checks a movement staff typed and decides its path: applied now, or (a correction of more than
 * LEDGER_CORRECTION_APPROVAL_THRESHOLD units) kept for a second member of staff.
 */
export const planManualMovementStep = createStep("plan-manual-movement", async (input: ManualMovementInput, { container }) => {
  const delta = signedDelta(input.reason, input.quantity)
  if (delta === null) {
    const rule = input.reason === "CORRECTION" ? "a whole number other than 0 (negative takes stock away)" : "a whole number above 0"
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The quantity of ${input.reason.toLowerCase()} must be ${rule}.`, InventoryLedgerErrorCodes.INVALID_QUANTITY)
  }
  const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: input.inventory_item_id, location_id: input.location_id }, { select: ["id"] })
  if (!level) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Inventory item ${input.inventory_item_id} is not stocked at location ${input.location_id}; add it to the location first.`,
      InventoryLedgerErrorCodes.INVENTORY_LEVEL_NOT_FOUND
    )
  }
  const needsApproval = input.reason === "CORRECTION" && Math.abs(delta) > readEnv().LEDGER_CORRECTION_APPROVAL_THRESHOLD
  const movement: StockMovementInput = { ...input, quantity: delta }
  return new StepResponse<ManualMovementPlan>({ movement, needs_approval: needsApproval })
})
