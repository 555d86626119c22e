import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAKERY_MODULE } from "../../../modules/bakery"
import type BakeryModuleService from "../../../modules/bakery/service"

export type RecordApplicationStatusInput = {
  application_id: string
  /** null for the first line, written when the application is submitted. */
  from_status: string | null
  to_status: string
  actor_type: "applicant" | "user" | "system"
  actor_id?: string | null
  note?: string | null
}

/** Appends one line to an application's history; every status change of an application goes through it. */
export const recordApplicationStatusStep = createStep(
  "record-application-status",
  async (input: RecordApplicationStatusInput, { container }) => {
    const bakeryModule: BakeryModuleService = container.resolve(BAKERY_MODULE)
    const change = await bakeryModule.createBakerApplicationStatusChanges({
      application_id: input.application_id,
      from_status: input.from_status,
      to_status: input.to_status,
      actor_type: input.actor_type,
      actor_id: input.actor_id ?? null,
      note: input.note ?? null,
    })
    return new StepResponse(change, change.id)
  },
  async (changeId, { container }) => {
    if (!changeId) return
    const bakeryModule: BakeryModuleService = container.resolve(BAKERY_MODULE)
    await bakeryModule.deleteBakerApplicationStatusChanges(changeId)
  }
)
