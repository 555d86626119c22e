import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_LEDGER_MODULE } from "../../../modules/inventory-ledger"
import { InventoryLedgerErrorCodes } from "../../../modules/inventory-ledger/error-codes"
import type InventoryLedgerModuleService from "../../../modules/inventory-ledger/service"

export type DecideCorrectionInput = { id: string; actor_id: string; decision: "APPROVED" | "REJECTED" }

/**
 * Approves or rejects a pending correction. Approval must come from someone other than the requester (409
 * SAME_APPROVER); the requester may reject, i.e. withdraw, their own. A conditional update makes simultaneous
 * decisions settle on one (409 CORRECTION_NOT_PENDING for the rest). Compensation makes it PENDING again.
 */
export const decideCorrectionStep = createStep(
  "decide-correction",
  async (input: DecideCorrectionInput, { container }) => {
    const ledger = container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE)
    const [request] = await ledger.listCorrectionRequests({ id: input.id })
    if (!request) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Correction request ${input.id} was not found.`, InventoryLedgerErrorCodes.CORRECTION_NOT_FOUND)
    }
    const notPending = () =>
      new MedusaError(MedusaError.Types.CONFLICT, `This correction was already decided; reload the list.`, InventoryLedgerErrorCodes.CORRECTION_NOT_PENDING)
    if (request.status !== "PENDING") throw notPending()
    if (input.decision === "APPROVED" && request.requested_by === input.actor_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "You asked for this correction; another member of staff has to approve it.",
        InventoryLedgerErrorCodes.SAME_APPROVER
      )
    }
    if (!(await ledger.decideCorrection(input.id, input.decision, input.actor_id))) throw notPending()
    return new StepResponse({ ...request, status: input.decision, decided_by: input.actor_id }, input.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).updateCorrectionRequests({ id, status: "PENDING", decided_by: null, decided_at: null })
    }
  }
)

/** Notes which ledger row the approval wrote. */
export const linkCorrectionMovementStep = createStep("link-correction-movement", async (input: { id: string; movement_id: string }, { container }) => {
  const updated = await container.resolve<InventoryLedgerModuleService>(INVENTORY_LEDGER_MODULE).updateCorrectionRequests({ id: input.id, movement_id: input.movement_id })
  return new StepResponse(updated)
})
