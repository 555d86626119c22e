import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type BakeryModuleService from "../../../modules/bakery/service"
import { assertTransition } from "../../../lib/status-transitions"
import { BAKERY_TRANSITIONS, type BakeryStatus } from "../../../modules/bakery/transitions"
import { loadBakery } from "../bakery-record"

export type SetBakeryStatusStepInput = { id: string; status: BakeryStatus; reason: string | null }

/** Moves a bakery between active and suspended along BAKERY_TRANSITIONS; the reason is kept while suspended. */
export const setBakeryStatusStep = createStep(
  "set-bakery-status",
  async ({ id, status, reason }: SetBakeryStatusStepInput, { container }) => {
    const bakeryModule = container.resolve<BakeryModuleService>(BAKERY_MODULE)
    const before = await loadBakery(bakeryModule, id, ["status", "suspension_reason"])
    assertTransition(BAKERY_TRANSITIONS, "bakery", before.status, status)
    const after = await bakeryModule.updateBakeries({ id, status, suspension_reason: reason })
    return new StepResponse(after, { id, status: before.status, suspension_reason: before.suspension_reason })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<BakeryModuleService>(BAKERY_MODULE).updateBakeries(before)
  }
)
