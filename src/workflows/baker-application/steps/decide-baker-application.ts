import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type BakeryModuleService from "../../../modules/bakery/service"
import { assertTransition } from "../../../lib/status-transitions"
import { APPLICATION_TRANSITIONS } from "../../../modules/bakery/transitions"
import { loadApplication } from "./load-application-for-decision"

export type DecideBakerApplicationInput = {
  id: string
  status: "approved" | "rejected"
  decided_by: string
  rejection_reason?: string | null
  /** The bakery an approved applicant now works for (created for them or joined). */
  bakery_id?: string | null
}

/** Records staff's decision on a pending application; returns the status it had before, for the history line. */
export const decideBakerApplicationStep = createStep(
  "decide-baker-application",
  async ({ id, status, decided_by, rejection_reason, bakery_id }: DecideBakerApplicationInput, { container }) => {
    const bakeryModule = container.resolve<BakeryModuleService>(BAKERY_MODULE)
    if (status === "rejected" && !rejection_reason?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A rejection needs a reason the applicant can act on; write one.")
    }
    const before = await loadApplication(bakeryModule, id)
    assertTransition(APPLICATION_TRANSITIONS, "application", before.status, status)
    await bakeryModule.updateBakerApplications({
      id,
      status,
      decided_by,
      decided_at: new Date(),
      rejection_reason: rejection_reason?.trim() ?? null,
      bakery_id: bakery_id ?? before.bakery_id,
    })
    return new StepResponse(
      { from_status: before.status },
      {
        id,
        status: before.status,
        bakery_id: before.bakery_id,
        decided_by: before.decided_by,
        decided_at: before.decided_at,
        rejection_reason: before.rejection_reason,
      }
    )
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<BakeryModuleService>(BAKERY_MODULE).updateBakerApplications(before)
  }
)
