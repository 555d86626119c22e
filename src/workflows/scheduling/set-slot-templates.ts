import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import type SchedulingModuleService from "../../modules/scheduling/service"
import type { SlotTemplateRow, SlotType } from "../../modules/scheduling/slots"

export type SetSlotTemplatesInput = { seller_id: string; type: SlotType; templates: SlotTemplateRow[] }

const replaceSlotTemplatesStep = createStep(
  "replace-slot-templates",
  async (input: SetSlotTemplatesInput, { container }) => {
    const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    const previous = await scheduling.listSlotTemplates({ seller_id: input.seller_id, type: input.type })
    await scheduling.softDeleteSlotTemplates(previous.map((template) => template.id))
    const created = await scheduling.createSlotTemplates(input.templates.map((template) => ({ ...template, seller_id: input.seller_id, type: input.type })))
    return new StepResponse(created, { removed: previous.map((template) => template.id), created: created.map((template) => template.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    await scheduling.deleteSlotTemplates(undo.created)
    await scheduling.restoreSlotTemplates(undo.removed)
  }
)

/**
 * A seller's week of pickup or delivery slots, replaced as a whole (what the admin's form sends). Places already
 * booked stay booked: usage is kept per dated slot.
 */
export const setSlotTemplatesWorkflow = createWorkflow("set-slot-templates", (input: SetSlotTemplatesInput) => {
  return new WorkflowResponse(replaceSlotTemplatesStep(input))
})
